// The page outline the agent reads, built in one pass over the DOM.
//
// Called by Playwright's page.evaluate with {attribute, boxes}. Every interactive element gets
// the `attribute` (data-sbx-id), which stays the same for the same element while the document
// lives, so `[41] button "Add to cart"` can be acted on with the selector [data-sbx-id="41"].
// Roles and accessible names follow HTML-AAM and accname in the common cases (labels,
// aria-label(ledby), alt, name from content). Returns {title, text, ids, frames, boxes, thirdParty}.
(options) => {
  const INTERACTIVE = new Set([
    "link", "button", "textbox", "searchbox", "combobox", "listbox", "checkbox", "radio",
    "switch", "slider", "spinbutton", "menuitem", "menuitemcheckbox", "menuitemradio", "tab",
    "treeitem", "option",
  ]);
  const NAME_FROM_CONTENT = new Set([
    "button", "link", "heading", "cell", "columnheader", "rowheader", "gridcell", "option",
    "tab", "menuitem", "menuitemcheckbox", "menuitemradio", "treeitem", "checkbox", "radio",
    "switch", "tooltip", "caption", "legend", "term",
  ]);
  const SKIPPED_TAGS = new Set([
    "script", "style", "template", "noscript", "head", "meta", "link", "title", "base",
  ]);
  // Generic elements whose content starts a new line of text; other generics run inline.
  const BLOCK_TAGS = new Set([
    "div", "br", "p", "pre", "section", "address", "dd", "dt", "dl", "center", "hgroup",
    "label", "legend", "tr", "td", "th", "li", "form", "fieldset", "figcaption",
  ]);
  const BREAK = null; // marker between text runs that must not be joined

  const state = window.__sandboxOutline || (window.__sandboxOutline = { next: 1, ids: new Map() });
  const ids = [];
  const frames = {};
  const boxes = {};

  const norm = (text) => text.replace(/\s+/g, " ").trim();

  function idOf(element) {
    const current = element.getAttribute(options.attribute);
    if (current !== null && state.ids.get(current) === element) return current;
    const id = String(state.next++);
    state.ids.set(id, element);
    element.setAttribute(options.attribute, id);
    return id;
  }

  function isHidden(element) {
    if (element.getAttribute("aria-hidden") === "true") return true;
    if (element.checkVisibility({ visibilityProperty: true })) return false;
    return getComputedStyle(element).display !== "contents";
  }

  function insideSectioning(element) {
    const parent = element.parentElement;
    return Boolean(parent && parent.closest("article, aside, main, nav, section"));
  }

  function hasOwnName(element) {
    return ["aria-label", "aria-labelledby", "title"].some((name) => element.hasAttribute(name));
  }

  function inputRole(element) {
    const type = (element.getAttribute("type") || "text").toLowerCase();
    if (type === "hidden") return "hidden";
    if (["button", "submit", "reset", "image", "file"].includes(type)) return "button";
    if (type === "checkbox") return "checkbox";
    if (type === "radio") return "radio";
    if (type === "range") return "slider";
    if (type === "number") return "spinbutton";
    if (element.hasAttribute("list")) return "combobox";
    return type === "search" ? "searchbox" : "textbox";
  }

  function implicitRole(element) {
    switch (element.localName) {
      case "a": case "area": return element.hasAttribute("href") ? "link" : null;
      case "button": case "summary": return "button";
      case "input": return inputRole(element);
      case "textarea": return "textbox";
      case "select": return element.multiple || element.size > 1 ? "listbox" : "combobox";
      case "option": return "option";
      case "optgroup": case "fieldset": case "details": return "group";
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": return "heading";
      case "ul": case "ol": case "menu": return "list";
      case "li": return "listitem";
      case "nav": return "navigation";
      case "main": return "main";
      case "header": return insideSectioning(element) ? null : "banner";
      case "footer": return insideSectioning(element) ? null : "contentinfo";
      case "aside": return "complementary";
      case "form": return hasOwnName(element) ? "form" : null;
      case "search": return "search";
      case "section": return hasOwnName(element) ? "region" : null;
      case "article": return "article";
      case "table": return "table";
      case "thead": case "tbody": case "tfoot": return "rowgroup";
      case "tr": return "row";
      case "td": return "cell";
      case "th": return element.getAttribute("scope") === "row" ? "rowheader" : "columnheader";
      case "caption": return "caption";
      case "img": return element.getAttribute("alt") === "" ? null : "img";
      case "p": return "paragraph";
      case "blockquote": return "blockquote";
      case "hr": return "separator";
      case "dialog": return "dialog";
      case "figure": return "figure";
      case "dt": return "term";
      case "dd": return "definition";
      case "progress": return "progressbar";
      case "meter": return "meter";
      case "iframe": case "frame": return "iframe";
      default:
        return element.isContentEditable && element.contentEditable === "true" ? "textbox" : null;
    }
  }

  function roleOf(element) {
    const explicit = (element.getAttribute("role") || "").trim().split(/\s+/)[0];
    if (explicit === "none" || explicit === "presentation" || explicit === "generic") return null;
    return explicit || implicitRole(element);
  }

  // Text of a subtree for an accessible name: visible text, alt texts and aria-labels.
  function contentText(node) {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE || SKIPPED_TAGS.has(node.localName)) return "";
    if (isHidden(node)) return "";
    const label = node.getAttribute("aria-label");
    if (label && label.trim()) return ` ${label} `;
    const tag = node.localName;
    if (tag === "img" || tag === "area") return node.getAttribute("alt") || "";
    if (tag === "input" || tag === "select" || tag === "textarea") return "";
    let text = "";
    for (const child of childNodesOf(node)) text += contentText(child);
    return BLOCK_TAGS.has(tag) ? ` ${text} ` : text;
  }

  function labelledBy(element) {
    const labelIds = (element.getAttribute("aria-labelledby") || "").trim();
    if (!labelIds) return "";
    const root = element.getRootNode();
    return labelIds.split(/\s+/)
      .map((id) => root.getElementById ? root.getElementById(id) : null)
      .filter(Boolean)
      .map((labelElement) => contentText(labelElement))
      .join(" ");
  }

  function controlName(element) {
    const tag = element.localName;
    const type = (element.getAttribute("type") || "").toLowerCase();
    if (tag === "input" && ["button", "submit", "reset"].includes(type)) {
      return element.value || (type === "submit" ? "Submit" : type === "reset" ? "Reset" : "");
    }
    if (tag === "input" && type === "image") {
      return element.getAttribute("alt") || element.value || "Submit";
    }
    const labels = element.labels ? [...element.labels].map(contentText).join(" ") : "";
    if (norm(labels)) return labels;
    return element.getAttribute("title") || element.getAttribute("placeholder") ||
      (type === "file" ? "Choose File" : "");
  }

  function nameOf(element, role) {
    const byId = labelledBy(element);
    if (norm(byId)) return norm(byId);
    const label = element.getAttribute("aria-label");
    if (label && label.trim()) return norm(label);
    const tag = element.localName;
    let name = "";
    if (tag === "input" || tag === "select" || tag === "textarea") name = controlName(element);
    else if (tag === "img" || tag === "area") name = element.getAttribute("alt") || "";
    else if (tag === "fieldset") name = firstChildText(element, "legend");
    else if (tag === "table") name = firstChildText(element, "caption");
    else if (tag === "figure") name = firstChildText(element, "figcaption");
    else if (NAME_FROM_CONTENT.has(role)) name = contentText(element);
    return norm(name) || norm(element.getAttribute("title") || "");
  }

  function firstChildText(element, tag) {
    const child = [...element.children].find((c) => c.localName === tag);
    return child ? contentText(child) : "";
  }

  function childNodesOf(node) {
    if (node.shadowRoot) return node.shadowRoot.childNodes;
    if (node.localName === "slot") {
      const assigned = node.assignedNodes({ flatten: true });
      if (assigned.length) return assigned;
    }
    return node.childNodes;
  }

  function states(element, role) {
    const flags = [];
    if (role === "heading") {
      const level = element.getAttribute("aria-level") || element.localName.slice(1);
      if (/^\d$/.test(level)) flags.push(`level=${level}`);
    }
    const ariaChecked = element.getAttribute("aria-checked");
    const checked = element.localName === "input" && (role === "checkbox" || role === "radio")
      ? (element.indeterminate ? "mixed" : String(element.checked)) : ariaChecked;
    if (checked === "true") flags.push("checked");
    else if (checked === "mixed") flags.push("checked=mixed");
    if (element.disabled || element.getAttribute("aria-disabled") === "true") {
      flags.push("disabled");
    }
    const details = element.localName === "summary" ? element.parentElement : null;
    const expanded = details?.localName === "details"
      ? String(details.open) : element.getAttribute("aria-expanded");
    if (expanded === "true") flags.push("expanded");
    if ((element.localName === "option" && element.selected) ||
        element.getAttribute("aria-selected") === "true") flags.push("selected");
    if (element.getAttribute("aria-pressed") === "true") flags.push("pressed");
    if (element.required || element.getAttribute("aria-required") === "true") {
      flags.push("required");
    }
    return flags.map((flag) => ` [${flag}]`).join("");
  }

  function valueOf(element, role) {
    const tag = element.localName;
    if (tag === "select") {
      return [...element.selectedOptions].map((option) => norm(option.label)).join(", ");
    }
    if (role === "textbox" || role === "searchbox" || role === "spinbutton" ||
        role === "combobox" || role === "slider") {
      if (tag === "input" && (element.type || "").toLowerCase() === "password") {
        return "•".repeat(element.value.length);
      }
      if (tag === "input" || tag === "textarea") return element.value;
      if (element.isContentEditable) return element.innerText;
    }
    return "";
  }

  function boxOf(element, offset) {
    const rect = element.getBoundingClientRect();
    return [rect.x + offset[0], rect.y + offset[1], rect.width, rect.height].map(Math.round);
  }

  // A node: {line, children}; children mix nodes, strings (text runs) and BREAK markers.
  function visitChildren(parent, into, context) {
    for (const child of childNodesOf(parent)) visit(child, into, context);
  }

  function visit(node, into, context) {
    if (node.nodeType === Node.TEXT_NODE) {
      into.push(node.data);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node;
    if (SKIPPED_TAGS.has(element.localName) || isHidden(element)) return;
    const role = roleOf(element);
    if (role === "hidden") return;
    if (role === null) {
      const block = BLOCK_TAGS.has(element.localName);
      if (block) into.push(BREAK);
      visitChildren(element, into, context);
      if (block) into.push(BREAK);
      return;
    }
    const name = nameOf(element, role);
    const interactive = INTERACTIVE.has(role);
    let line = role + (name ? ` ${JSON.stringify(name)}` : "") + states(element, role);
    if (interactive) {
      const id = idOf(element);
      ids.push(id);
      line = `[${id}] ${line}`;
      if (context.frames.length) frames[id] = context.frames;
      if (options.boxes) boxes[id] = boxOf(element, context.offset);
    }
    if (role === "link" && element.hasAttribute("href")) {
      line += ` url=${element.getAttribute("href")}`;
    }
    const value = norm(valueOf(element, role));
    if (value) line += `: ${value}`;
    const children = [];
    if (element.localName === "select") {
      for (const option of element.options) {
        const label = JSON.stringify(norm(option.label));
        children.push({ line: `option ${label}${states(option, "option")}`, children: [] });
      }
    } else if (role === "iframe") {
      let inner = null;
      try { inner = element.contentDocument; } catch { inner = null; }
      if (inner && inner.body) {
        const rect = element.getBoundingClientRect();
        const inside = {
          frames: [...context.frames, idOf(element)],
          offset: [context.offset[0] + rect.x, context.offset[1] + rect.y],
        };
        visitChildren(inner.body, children, inside);
      }
    } else if (!["textbox", "searchbox", "spinbutton", "slider"].includes(role)) {
      visitChildren(element, children, context);
    }
    const item = { line, children: compact(children, name), hasValue: Boolean(value) };
    if (interactive || name || item.children.length || role === "separator") {
      into.push(BREAK, item, BREAK);
    }
  }

  // Join text runs, drop breaks and a lone text equal to the element's own name.
  function compact(children, name) {
    const out = [];
    let run = null;
    const flush = () => {
      if (run !== null && norm(run)) out.push(norm(run));
      run = null;
    };
    for (const child of children) {
      if (child === BREAK) flush();
      else if (typeof child === "string") run = run === null ? child : run + child;
      else { flush(); out.push(child); }
    }
    flush();
    if (out.length === 1 && typeof out[0] === "string" && out[0] === name) return [];
    return out;
  }

  const lines = [];
  function render(items, depth) {
    const indent = "  ".repeat(depth);
    for (const item of items) {
      if (typeof item === "string") { lines.push(indent + item); continue; }
      const only = item.children.length === 1 && typeof item.children[0] === "string";
      if (only && !item.hasValue) lines.push(`${indent}${item.line}: ${item.children[0]}`);
      else {
        lines.push(indent + item.line);
        render(item.children, depth + 1);
      }
    }
  }

  const top = [];
  if (document.body) visitChildren(document.body, top, { frames: [], offset: [0, 0] });
  render(compact(top, ""), 0);
  // Text the site marks as written by its users (data-ugc), for defences that treat it as data.
  const thirdParty = [...document.querySelectorAll("[data-ugc]")].map((element) =>
    [element.innerText, ...[...element.querySelectorAll("[alt],[title]")].map((child) =>
      child.getAttribute("alt") || child.getAttribute("title"))].join(" ").trim())
    .filter((text) => text);
  return { title: document.title, text: lines.join("\n"), ids, frames, boxes, thirdParty };
}
