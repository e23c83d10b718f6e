/** The words of the /desk/ page in Chinese. */
export const desk = {};
