import type { MdxComponent } from './components.ts';
import { lowerFirst, stringList, type Body, type Value, valueOf } from './mdx-body.ts';
import type { MdxNode } from './mdx-tree.ts';

/** The attributes a component is given, each checked against the prop it sets; required ones present. */
function checkProps({ add }: Body, node: MdxNode, component: MdxComponent, line: number): Map<string, Value> {
  const name = component.name;
  const attrs = new Map<string, Value>();
  for (const attr of node.attributes ?? []) if (attr.type === 'mdxJsxAttribute') attrs.set(attr.name, valueOf(attr));
  for (const [attr, value] of attrs) {
    const prop = component.props.find((p) => p.name === attr);
    if (!prop) {
      if (!/^on/i.test(attr))
        add(
          line,
          `<${name}> ${attr}`,
          `is not an attribute of <${name}>`,
          component.props.length ? `use ${component.props.map((p) => p.name).join(', ')}` : 'remove it',
        );
      continue;
    }
    const { accepts } = prop;
    if (accepts.kind === 'text' && !('text' in value))
      add(line, `<${name}> ${attr}`, 'should be text in quotes', `write ${attr}="…"`);
    if (accepts.kind === 'list' && !('expression' in value && stringList(value.expression)))
      add(line, `<${name}> ${attr}`, 'should be a list', `write ${attr}={["first", "second"]}`);
    if (
      accepts.kind === 'boolean' &&
      !('bare' in value || ('expression' in value && /^(true|false)$/.test(value.expression)))
    ) {
      add(
        line,
        `<${name}> ${attr}`,
        'should be {true} or {false}',
        `write ${attr}={true} or ${attr}={false} (or just ${attr} for true)`,
      );
    }
    if (accepts.kind === 'choice') {
      const written = 'text' in value ? value.text : 'expression' in value ? value.expression : '';
      const numeric = accepts.values.every((v) => typeof v === 'number');
      if (
        !accepts.values.map(String).includes(written) ||
        (numeric && !('expression' in value)) ||
        (!numeric && !('text' in value))
      ) {
        const forms = accepts.values.map((v) => (typeof v === 'number' ? `${attr}={${v}}` : `${attr}="${v}"`));
        add(line, `<${name}> ${attr}`, `"${written}" is not one of its values`, `use ${forms.join(', ')}`);
      }
    }
  }
  for (const prop of component.props) {
    if (prop.required && !attrs.has(prop.name))
      add(
        line,
        `<${name}> ${prop.name}`,
        'is missing',
        `add ${prop.name}="…"${prop.description ? `: ${lowerFirst(prop.description)}` : ''}`,
      );
  }
  return attrs;
}

/** The roles, guides, sources and figures a component names must exist, and be the ones this page may use. */
export function checkComponent(body: Body, node: MdxNode, component: MdxComponent, line: number): void {
  const { add, file, site, skips } = body;
  const name = component.name;
  const attrs = checkProps(body, node, component, line);
  const text = (attr: string) => {
    const value = attrs.get(attr);
    return value && 'text' in value && value.text.trim() !== '' ? value.text : undefined;
  };
  const own = file.collection === 'roles' ? site.roles.get(file.id) : undefined;
  const roleIds = () => [...site.roles.keys()].join(', ');
  const roleExists = (id: string | undefined, attr = 'role') => {
    if (id === undefined) return false;
    if (site.roles.has(id)) return true;
    add(
      line,
      `<${name}> ${attr}`,
      `"${id}" is not a role`,
      `use a file name from content/roles/ without .mdx: ${roleIds()}`,
    );
    return false;
  };
  switch (name) {
    case 'RoleLink':
    case 'RoleCard':
    case 'SalaryChart':
      roleExists(text('role'));
      break;
    case 'SalaryTable':
      roleExists(text('role'));
      if (attrs.has('anchors') && file.collection === 'roles')
        add(
          line,
          '<SalaryTable> anchors',
          'repeats the anchors of the salary table the role page already shows',
          "remove anchors: only the page's own table carries them",
        );
      break;
    case 'GuideLink': {
      const guide = text('guide');
      if (guide && site.draftGuides.has(guide))
        add(
          line,
          '<GuideLink> guide',
          `"${guide}" is a draft guide, which is not published`,
          `publish it first (draft: false in content/guides/${guide}.mdx) or remove the link`,
        );
      else if (guide && !site.guides.has(guide))
        add(
          line,
          '<GuideLink> guide',
          `"${guide}" is not a published guide`,
          `use one of ${[...site.guides].join(', ')}`,
        );
      break;
    }
    case 'Cite': {
      const source = text('source');
      if (source && !site.sources.has(source)) {
        add(
          line,
          '<Cite> source',
          `"${source}" is not a source`,
          `use one of ${[...site.sources].join(', ')}, or add content/sources/${source}.yaml`,
        );
      } else if (
        source &&
        file.collection === 'roles' &&
        !own?.sources.has(source) &&
        !skips.skip('roles', file.id, file.path)
      ) {
        add(
          line,
          '<Cite> source',
          `"${source}" is cited in the text but not listed in this role's "sources"`,
          `add ${source} to sources in the frontmatter`,
        );
      }
      break;
    }
    case 'SalaryFigure':
    case 'OutlookFigure': {
      const role = text('role');
      const id = text('id');
      if (!roleExists(role) || !id || skips.skip('roles', role!, file.path)) break;
      const kind = name === 'SalaryFigure' ? 'salaries' : 'outlook';
      const figures = site.roles.get(role!)![kind];
      // An official figure of an edition that failed its schema: its id cannot be known yet.
      const edition = site.failedEditions.find((e) => id.startsWith(`${e}-`));
      if (figures.has(id) || (edition && skips.skip('statistics', edition, file.path))) break;
      if (!site.missingOfficialFigure(role!, id))
        add(
          line,
          `<${name}> id`,
          `${role} has no ${kind === 'salaries' ? 'salary' : 'outlook'} figure "${id}"`,
          `use one of ${[...figures].join(', ') || `(none yet: add one to ${kind} in content/roles/${role}.mdx)`}`,
        );
      break;
    }
    case 'CompareRoles': {
      const value = attrs.get('roles');
      const ids = value && 'expression' in value ? stringList(value.expression) : undefined;
      ids?.forEach((id) => roleExists(id, 'roles'));
      if (ids && ids.length < 2)
        add(line, '<CompareRoles> roles', 'names fewer than two roles', 'list two or more role ids to compare');
      break;
    }
  }
}
