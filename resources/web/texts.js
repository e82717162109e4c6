// The program's own texts (the same resource bundle as the desktop), formatted as Java's MessageFormat does
// for what the texts use: {0}, {0,number,integer}, {0,number,#} and {0,choice,…}, with '' for an apostrophe.

let texts = {};
let lang = 'da';

export async function loadTexts(language) {
  const response = await fetch(`/texts/${language}.json`, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`texts ${language}: ${response.status}`);
  }
  texts = await response.json();
  lang = language;
  document.documentElement.lang = language;
}

export function language() {
  return lang;
}

export function has(key) {
  return Object.prototype.hasOwnProperty.call(texts, key);
}

/** The text for `key` with `args` put in; the key itself if the program has no such text. */
export function t(key, ...args) {
  const pattern = texts[key];
  return pattern === undefined ? key : format(pattern, args);
}

/** The text for `key`, said to one participant in individual voting (`key.individual`, where there is one). */
export function tFor(individual, key, ...args) {
  return individual && has(`${key}.individual`) ? t(`${key}.individual`, ...args) : t(key, ...args);
}

function number(value, style) {
  const n = Number(value);
  if (style === 'integer' || style === '#') {
    return Math.round(n).toLocaleString(lang, { maximumFractionDigits: 0 });
  }
  return n.toLocaleString(lang);
}

/** Splits `text` at `sep` where it is not inside braces. */
function splitTop(text, sep) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function choice(value, style, args) {
  const n = Number(value);
  const options = [];
  for (const option of splitTop(style, '|')) {
    const m = /^\s*(-?[\d.]+|\u221e)\s*([#<\u2264])([\s\S]*)$/.exec(option);
    if (m) {
      options.push({ limit: m[1] === '\u221e' ? Infinity : Number(m[1]), strict: m[2] === '<', text: m[3] });
    }
  }
  // As Java's ChoiceFormat: the last option whose limit the number reaches, else the first.
  let chosen = options.length ? options[0].text : '';
  for (const o of options) {
    if (o.strict ? n > o.limit : n >= o.limit) {
      chosen = o.text;
    }
  }
  return format(chosen, args);
}

function argument(spec, args) {
  const [index, type, ...rest] = splitTop(spec, ',');
  const value = args[Number(index.trim())];
  const style = rest.join(',');
  if (value === undefined || value === null) return `{${spec}}`;
  switch ((type || '').trim()) {
    case 'number': return number(value, style.trim());
    case 'choice': return choice(value, style, args);
    default: return typeof value === 'number' ? number(value, '') : String(value);
  }
}

export function format(pattern, args) {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i++;
      } else {
        const end = pattern.indexOf("'", i + 1);
        out += end < 0 ? pattern.slice(i + 1) : pattern.slice(i + 1, end);
        i = end < 0 ? pattern.length : end;
      }
    } else if (c === '{') {
      let depth = 1;
      let j = i + 1;
      for (; j < pattern.length && depth > 0; j++) {
        if (pattern[j] === '{') depth++;
        else if (pattern[j] === '}') depth--;
      }
      out += argument(pattern.slice(i + 1, j - 1), args);
      i = j - 1;
    } else {
      out += c;
    }
  }
  return out;
}
