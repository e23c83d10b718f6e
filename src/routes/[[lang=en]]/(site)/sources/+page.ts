// The sources page is a document to read, with nothing to operate: it ships as plain HTML,
// without the 240 KB of figures a hydrated page would have to carry for its scripts.
export const csr = false;
