"use client";

import { useState } from "react";

export function NameForm() {
  const [name, setName] = useState("");
  const [sent, setSent] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSent(true);
      }}
    >
      <label htmlFor="name">Name</label>
      <input id="name" value={name} onChange={(e) => setName(e.target.value)} required />
      {sent && name === "" && <p role="alert">Required</p>}
      <button type="submit">Send</button>
    </form>
  );
}
