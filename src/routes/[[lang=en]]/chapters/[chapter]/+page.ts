/** A plain page that sends the reader on to the chapter in the story: it needs no script. */
export const csr = false;
