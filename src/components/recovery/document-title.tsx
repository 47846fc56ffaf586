"use client";

import { useEffect } from "react";

/**
 * Sets the tab's title after the page is shown. For the not-found page of a page that calls notFound(): Next lets
 * only the root not-found file have metadata, so such a page keeps its own title ("Case file"), and a second
 * `<title>` element comes after the first in the document, which is the one a browser reads.
 */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
