/**
 * `COUNTERPOINT_ITEM_PREVIEWS=0` draws no image per claim and per event (their
 * permalink pages then show the claims / timeline view's image). A story has one
 * image per item, so a cold build of a very large site (the 1,000-story
 * benchmark) spends most of its time drawing; the cache makes later builds cheap.
 */
export const itemPreviews = process.env.COUNTERPOINT_ITEM_PREVIEWS !== '0';
