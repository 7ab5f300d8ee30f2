import "server-only";
import { ImageResponse } from "next/og";
import { SITE_NAME, SITE_TAGLINE, SITE_URL } from "../site";
import type { CardContent, CardPerson } from "./cards";
import { cardFonts, SANS, SERIF } from "./fonts";
import { cardNativeName, cardText } from "./text";

import { CARD_SIZE } from "./size";

export { CARD_SIZE, CARD_TYPE } from "./size";

// The site's light palette (app/globals.css): a shared card sits on a chat's or a feed's own background.
const PAPER = "#fbfaf7";
const INK = "#1a1a1a";
const MUTED = "#595650";
const RULE = "#d9d4c9";
const KREMLIN = "#9b1c1f";
const COUNTERPART = "#0a6470";

const host = new URL(SITE_URL).host;

function Person({ person, color }: { person: CardPerson; color: string }) {
  const native = cardNativeName(person.nativeName);
  return (
    <div style={{ display: "flex", flexDirection: "column", marginBottom: 10 }}>
      <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color }}>{cardText(person.name)}</div>
      <div style={{ display: "flex", fontSize: 22, color: MUTED }}>
        {cardText(person.detail)}
        {native ? `  ·  ${native}` : ""}
      </div>
    </div>
  );
}

function Side({ people, more, color, label }: { people: CardPerson[]; more: number; color: string; label: string }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", flex: 1, borderTop: `4px solid ${color}`, paddingTop: 10 }}>
      <div style={{ display: "flex", fontSize: 18, letterSpacing: 2, textTransform: "uppercase", color: MUTED, marginBottom: 6 }}>{label}</div>
      {people.map((person, i) => (
        <Person key={i} person={person} color={color} />
      ))}
      {more > 0 && <div style={{ display: "flex", fontSize: 22, color: MUTED }}>{`and ${more} more`}</div>}
    </div>
  );
}

function titleSize(title: string, compact: boolean): number {
  if (title.length <= 50) return compact ? 50 : 64;
  if (title.length <= 90) return compact ? 42 : 54;
  return compact ? 36 : 46;
}

/** The card as an element tree for satori: flexbox only, inline styles, text made drawable by cardText. */
function Card({ card }: { card: CardContent }) {
  const title = cardText(card.title);
  const native = cardNativeName(card.nativeName);
  return (
    <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: PAPER, color: INK, fontFamily: SANS, padding: "44px 64px 40px" }}>
      <div style={{ display: "flex", alignItems: "baseline", justifyContent: "space-between", borderBottom: `2px solid ${INK}`, paddingBottom: 12 }}>
        <div style={{ display: "flex", fontFamily: SERIF, fontSize: 34, fontWeight: 700, color: KREMLIN }}>{SITE_NAME}</div>
        <div style={{ display: "flex", fontSize: 20, color: MUTED }}>{SITE_TAGLINE}</div>
      </div>
      <div style={{ display: "flex", marginTop: 26, fontSize: 22, fontWeight: 700, letterSpacing: 2, textTransform: "uppercase", color: MUTED }}>
        {cardText(card.kicker)}
      </div>
      {card.sides && (
        <div style={{ display: "flex", gap: 40, marginTop: 18 }}>
          <Side people={card.sides.russians} more={card.sides.more[0]} color={KREMLIN} label="Russia" />
          <Side people={card.sides.counterparts} more={card.sides.more[1]} color={COUNTERPART} label="Counterpart" />
        </div>
      )}
      <div style={{ display: "flex", marginTop: card.sides ? 8 : 18, fontFamily: SERIF, fontWeight: 700, fontSize: titleSize(title, Boolean(card.sides)), lineHeight: 1.15 }}>
        {title}
      </div>
      {native && <div style={{ display: "flex", marginTop: 8, fontSize: 36, color: MUTED }}>{native}</div>}
      {card.lines.map((line, i) => (
        <div key={i} style={{ display: "flex", marginTop: i === 0 ? 20 : 6, fontSize: 28, color: i === 0 ? INK : MUTED }}>
          {cardText(line)}
        </div>
      ))}
      <div style={{ display: "flex", flex: 1 }} />
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-end", borderTop: `1px solid ${RULE}`, paddingTop: 14, gap: 24 }}>
        <div style={{ display: "flex", fontSize: 24, color: INK, maxWidth: 860 }}>{cardText(card.footer)}</div>
        <div style={{ display: "flex", fontSize: 20, color: MUTED }}>{host}</div>
      </div>
    </div>
  );
}

/**
 * The card as a 1200×630 PNG. Drawing never fails a page's share: should the renderer reject
 * some text, the card is drawn again without the names in their own scripts.
 */
export async function renderCard(card: CardContent, headers: Record<string, string> = {}): Promise<Response> {
  const options = { ...CARD_SIZE, fonts: cardFonts(), headers };
  try {
    const image = new ImageResponse(<Card card={card} />, options);
    // ImageResponse renders lazily: read it here, so that a failure is caught below.
    const body = await image.arrayBuffer();
    return new Response(body, { status: 200, headers: image.headers });
  } catch {
    const plain: CardContent = {
      ...card,
      ...(card.sides
        ? {
            sides: {
              ...card.sides,
              russians: card.sides.russians.map(({ name, detail }) => ({ name, detail })),
              counterparts: card.sides.counterparts.map(({ name, detail }) => ({ name, detail })),
            },
          }
        : {}),
    };
    delete plain.nativeName;
    const image = new ImageResponse(<Card card={plain} />, options);
    return new Response(await image.arrayBuffer(), { status: 200, headers: image.headers });
  }
}
