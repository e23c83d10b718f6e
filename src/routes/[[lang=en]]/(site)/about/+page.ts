// A page of text: plain HTML, no scripts.
export const csr = false;
