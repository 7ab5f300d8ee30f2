/** Every social card is the size Open Graph and Twitter's large card expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
export const CARD_TYPE = "image/png";
