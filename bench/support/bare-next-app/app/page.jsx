import { NameForm } from "./name-form";

export default function Page() {
  return (
    <>
      <h1>Form</h1>
      <NameForm />
    </>
  );
}
