// A small APL renderer for the web console: the components and commands dbvoice's documents use (Container,
// Text, Sequence, ScrollView, VectorGraphic with AVG paths, solid or dashed, TouchWrapper + SendEvent), drawn
// as DOM and SVG.
// Not a conforming APL runtime: enough to see what an Echo Show would show and to touch it. All text goes in
// with textContent; nothing from the skill is ever parsed as HTML.

const SVG = 'http://www.w3.org/2000/svg';

// --- Data-binding expressions: paths, @resources, 'strings', numbers, == != && || ! ?: and parentheses. ---

function tokenize(source) {
  const tokens = [];
  const pattern = /\s*(?:(==|!=|&&|\|\||[!?:()])|'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?)|(@?[A-Za-z_][\w.]*))/y;
  let index = 0;
  while (index < source.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) {
      if (/^\s*$/.test(source.slice(index))) break;
      throw new Error(`APL expression not understood: ${source}`);
    }
    index = pattern.lastIndex;
    if (match[1]) tokens.push({ op: match[1] });
    else if (match[2] !== undefined || match[3] !== undefined) tokens.push({ value: match[2] ?? match[3] });
    else if (match[4] !== undefined) tokens.push({ value: Number(match[4]) });
    else if (match[5] === 'true' || match[5] === 'false') tokens.push({ value: match[5] === 'true' });
    else tokens.push({ name: match[5] });
  }
  return tokens;
}

function evaluateExpression(source, scope) {
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position];
  const take = (op) => {
    if (peek()?.op === op) {
      position++;
      return true;
    }
    return false;
  };
  const primary = () => {
    const token = tokens[position++];
    if (!token) throw new Error(`APL expression ends early: ${source}`);
    if (token.op === '(') {
      const value = conditional();
      take(')');
      return value;
    }
    if (token.op === '!') return !primary();
    if ('value' in token) return token.value;
    if (token.name?.startsWith('@')) return scope.resources[token.name.slice(1)];
    return token.name
      .split('.')
      .reduce((value, key) => (value == null ? undefined : value[key]), scope.bindings);
  };
  const equality = () => {
    let value = primary();
    for (;;) {
      if (take('==')) value = value === primary();
      else if (take('!=')) value = value !== primary();
      else return value;
    }
  };
  const and = () => {
    let value = equality();
    while (take('&&')) value = equality() && value;
    return value;
  };
  const or = () => {
    let value = and();
    while (take('||')) value = and() || value;
    return value;
  };
  const conditional = () => {
    const test = or();
    if (!take('?')) return test;
    const yes = conditional();
    take(':');
    const no = conditional();
    return test ? yes : no;
  };
  return conditional();
}

/** A property value with its ${...} bindings and @resource references resolved. */
function resolve(value, scope) {
  if (Array.isArray(value)) return value.map((v) => resolve(v, scope));
  if (typeof value !== 'string') return value;
  const whole = /^\$\{([^}]*)\}$/.exec(value);
  if (whole) return evaluateExpression(whole[1], scope);
  if (/^@[\w]+$/.test(value)) return scope.resources[value.slice(1)];
  return value.replace(/\$\{([^}]*)\}/g, (_, expression) =>
    String(evaluateExpression(expression, scope) ?? ''),
  );
}

/** Resource blocks apply in order; a block whose `when` is false is skipped (later ones override). */
function resourcesOf(documentJson, viewport) {
  const resources = {};
  for (const block of documentJson.resources ?? []) {
    if (block.when !== undefined && !resolve(block.when, { bindings: { viewport }, resources })) continue;
    for (const group of ['dimensions', 'colors', 'strings', 'numbers'])
      Object.assign(resources, block[group]);
  }
  return resources;
}

// --- Layout: APL's flexbox properties onto CSS. ---

function dimension(value, viewport) {
  if (value === undefined || value === null || value === 'auto') return undefined;
  if (typeof value === 'number') return `${value}px`;
  const text = String(value);
  if (text.endsWith('vw')) return `${(parseFloat(text) / 100) * viewport.widthDp}px`;
  if (text.endsWith('vh')) return `${(parseFloat(text) / 100) * viewport.heightDp}px`;
  if (text.endsWith('dp') || text.endsWith('px')) return `${parseFloat(text)}px`;
  return text;
}

const JUSTIFY = {
  start: 'flex-start',
  end: 'flex-end',
  center: 'center',
  spaceBetween: 'space-between',
  spaceAround: 'space-around',
};
const ALIGN = { start: 'flex-start', end: 'flex-end', center: 'center', stretch: 'stretch' };

function applyBox(node, props, viewport) {
  const style = node.style;
  const size = (name, css) => {
    const value = dimension(props[name], viewport);
    if (value !== undefined) style[css] = value;
  };
  size('width', 'width');
  size('height', 'height');
  for (const side of ['Top', 'Bottom', 'Left', 'Right']) size(`padding${side}`, `padding${side}`);
  size('paddingTop', 'paddingTop');
  if (props.grow !== undefined) style.flexGrow = String(props.grow);
  // A growing component takes the room left, whatever its content would like (an SVG would take all).
  if (Number(props.grow) > 0) style.flexBasis = '0px';
  style.flexShrink = String(props.shrink ?? 0);
  style.minHeight = '0';
  style.minWidth = '0';
  if (props.backgroundColor) style.backgroundColor = props.backgroundColor;
  if (props.borderBottomWidth) {
    style.borderBottom = `${dimension(props.borderBottomWidth, viewport)} solid ${props.borderColor ?? '#555'}`;
  }
  if (props.opacity !== undefined) style.opacity = String(props.opacity);
}

// --- Components. ---

function resolvedProps(component, scope) {
  const props = {};
  for (const [key, value] of Object.entries(component)) {
    if (key === 'items' || key === 'item' || key === 'data' || key === 'onPress' || key === 'when') continue;
    props[key] = resolve(value, scope);
  }
  return props;
}

function children(component) {
  const items = component.items ?? component.item ?? [];
  return Array.isArray(items) ? items : [items];
}

function isShown(component, scope) {
  return component.when === undefined || Boolean(resolve(component.when, scope));
}

function renderComponent(component, scope, context) {
  if (!isShown(component, scope)) return undefined;
  const props = resolvedProps(component, scope);
  const render = RENDERERS[component.type];
  if (!render) {
    const unknown = document.createElement('div');
    unknown.className = 'apl-unknown';
    unknown.textContent = `[${component.type}]`;
    return unknown;
  }
  const node = render(component, props, scope, context);
  node.dataset.aplType = component.type;
  if (props.id) node.dataset.aplId = props.id;
  return node;
}

function renderChildren(parent, component, scope, context) {
  for (const child of children(component)) {
    const node = renderComponent(child, scope, context);
    if (node) parent.append(node);
  }
}

const RENDERERS = {
  Container(component, props, scope, context) {
    const node = document.createElement('div');
    node.style.display = 'flex';
    node.style.flexDirection = props.direction === 'row' ? 'row' : 'column';
    if (props.justifyContent)
      node.style.justifyContent = JUSTIFY[props.justifyContent] ?? props.justifyContent;
    if (props.alignItems) node.style.alignItems = ALIGN[props.alignItems] ?? props.alignItems;
    applyBox(node, props, context.viewport);
    renderChildren(node, component, scope, context);
    return node;
  },
  Text(_component, props, _scope, context) {
    const node = document.createElement('div');
    node.className = 'apl-text';
    node.textContent = props.text ?? '';
    node.style.fontSize = dimension(props.fontSize ?? '40dp', context.viewport);
    node.style.color = props.color ?? context.textColor;
    if (props.fontWeight)
      node.style.fontWeight = props.fontWeight === 'bold' ? '700' : String(props.fontWeight);
    if (props.textAlign) node.style.textAlign = props.textAlign;
    if (props.maxLines) {
      node.style.display = '-webkit-box';
      node.style.webkitBoxOrient = 'vertical';
      node.style.webkitLineClamp = String(props.maxLines);
      node.style.overflow = 'hidden';
    }
    applyBox(node, props, context.viewport);
    return node;
  },
  Sequence(component, props, scope, context) {
    const node = document.createElement('div');
    node.style.display = 'flex';
    node.style.flexDirection = props.scrollDirection === 'horizontal' ? 'row' : 'column';
    node.style.overflow = 'auto';
    applyBox(node, props, context.viewport);
    const data = component.data === undefined ? undefined : resolve(component.data, scope);
    if (!Array.isArray(data)) {
      renderChildren(node, component, scope, context);
      return node;
    }
    data.forEach((datum, index) => {
      const itemScope = { ...scope, bindings: { ...scope.bindings, data: datum, index } };
      const template = children(component).find((child) => isShown(child, itemScope));
      if (!template) return;
      const child = renderComponent({ ...template, when: undefined }, itemScope, context);
      if (child) node.append(child);
    });
    return node;
  },
  ScrollView(component, props, scope, context) {
    const node = document.createElement('div');
    node.style.overflow = 'auto';
    applyBox(node, props, context.viewport);
    renderChildren(node, component, scope, context);
    return node;
  },
  TouchWrapper(component, props, scope, context) {
    const node = document.createElement('div');
    node.className = 'apl-touch';
    node.setAttribute('role', 'button');
    node.tabIndex = 0;
    applyBox(node, props, context.viewport);
    renderChildren(node, component, scope, context);
    const commands = component.onPress === undefined ? [] : [component.onPress].flat();
    const press = () => {
      for (const command of commands) {
        if (command.type === 'SendEvent') context.onSendEvent(resolve(command.arguments ?? [], scope));
      }
    };
    node.addEventListener('click', press);
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') press();
    });
    return node;
  },
  VectorGraphic(_component, props, scope, context) {
    const graphic = context.graphics[props.source];
    const node = document.createElement('div');
    applyBox(node, props, context.viewport);
    if (!graphic) return node;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${graphic.width} ${graphic.height}`);
    svg.setAttribute('preserveAspectRatio', props.scale === 'fill' ? 'none' : 'xMidYMid meet');
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '100%');
    svg.style.display = 'block';
    // The graphic's parameters come from the component's properties of the same name.
    const parameters = {};
    for (const parameter of graphic.parameters ?? []) {
      const name = typeof parameter === 'string' ? parameter : parameter.name;
      parameters[name] = props[name] ?? (typeof parameter === 'string' ? undefined : parameter.default);
    }
    const graphicScope = { bindings: { ...scope.bindings, ...parameters }, resources: scope.resources };
    for (const item of graphic.items ?? []) {
      if (item.type !== 'path') continue;
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', String(resolve(item.pathData, graphicScope) ?? ''));
      path.setAttribute('stroke', resolve(item.stroke, graphicScope) ?? 'none');
      path.setAttribute('stroke-width', String(resolve(item.strokeWidth, graphicScope) ?? 1));
      path.setAttribute('fill', resolve(item.fill, graphicScope) ?? 'none');
      path.setAttribute('stroke-linejoin', item.strokeLineJoin ?? 'miter');
      // A dashed line (a firing alarm's threshold): AVG's strokeDashArray is SVG's stroke-dasharray.
      const dashes = resolve(item.strokeDashArray, graphicScope);
      if (Array.isArray(dashes) && dashes.length > 0) path.setAttribute('stroke-dasharray', dashes.join(' '));
      // A stretched graphic keeps its lines' width, as a device draws them.
      path.setAttribute('vector-effect', 'non-scaling-stroke');
      svg.append(path);
    }
    node.append(svg);
    return node;
  },
};

/**
 * Renders a RenderDocument directive for a viewport ({ widthDp, heightDp, shape, mode }). `onSendEvent` is
 * called with the evaluated SendEvent arguments of a touched TouchWrapper.
 */
export function renderApl(directive, viewport, onSendEvent) {
  const documentJson = directive.document;
  // APL names the shape and mode in lower case: viewport.shape == 'round', viewport.mode == 'tv'.
  const aplViewport = {
    width: viewport.widthDp,
    height: viewport.heightDp,
    shape: viewport.shape.toLowerCase(),
    mode: viewport.mode.toLowerCase(),
  };
  const resources = resourcesOf(documentJson, aplViewport);
  const bindings = { viewport: aplViewport };
  for (const parameter of documentJson.mainTemplate?.parameters ?? []) {
    bindings[parameter] =
      parameter === 'payload' ? directive.datasources : directive.datasources?.[parameter];
  }
  const context = {
    viewport,
    graphics: documentJson.graphics ?? {},
    onSendEvent,
    textColor: documentJson.theme === 'light' ? '#111' : '#fafafa',
  };
  const root = document.createElement('div');
  root.className = `apl-root apl-${viewport.shape === 'ROUND' ? 'round' : 'rect'}`;
  root.style.width = `${viewport.widthDp}px`;
  root.style.height = `${viewport.heightDp}px`;
  root.style.background = documentJson.theme === 'light' ? '#fff' : '#000';
  const scope = { bindings, resources };
  for (const item of children(documentJson.mainTemplate ?? {})) {
    const node = renderComponent(item, scope, context);
    if (node) {
      root.append(node);
      break;
    }
  }
  return root;
}
