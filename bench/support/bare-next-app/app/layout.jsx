// The floor: a bare Next App Router app with one page and one client form, built by the wizard benchmark in the
// same run, so the wizard's JavaScript is read against what any page of this Next version costs.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
