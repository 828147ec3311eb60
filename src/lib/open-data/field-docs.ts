/** The part of a generated JSON Schema the field tables read. */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: (string | number)[];
  const?: string | number;
  format?: string;
}

export interface FieldDoc {
  /** "title", "skills.technical" (an object's field), "salaries" (a list, documented on its own). */
  name: string;
  type: string;
  /** False when the field can be absent (an empty cell in the CSV). */
  always: boolean;
  description: string;
}

const quoted = (value: string | number) => (typeof value === 'string' ? `"${value}"` : String(value));

/** A field's type in words. */
export function typeWords(node: SchemaNode): string {
  if (node.anyOf) return node.anyOf.map(typeWords).join(' or ');
  if (node.const !== undefined) return quoted(node.const);
  if (node.enum) return `one of ${node.enum.map(quoted).join(', ')}`;
  switch (node.type) {
    case 'string':
      if (node.format === 'date') return 'date (YYYY-MM-DD)';
      if (node.format === 'uri') return 'web address';
      return 'text';
    case 'integer':
      return 'whole number';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'object';
    case 'array':
      return node.items?.type === 'object'
        ? 'list of objects'
        : `list of ${typeWords(node.items ?? {})}`.replace(/^list of text$/, 'list of texts');
  }
  return 'any value';
}

/**
 * One row per field of an object schema, in order. A nested object's fields follow it as "parent.field"
 * unless `expand` is false; a list of objects is one row, documented by its own table where the page wants it.
 */
export function fieldDocs(node: SchemaNode, expand = true, prefix = ''): FieldDoc[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).flatMap(([name, field]) => {
    const row: FieldDoc = {
      name: `${prefix}${name}`,
      type: typeWords(field),
      always: required.has(name),
      description: field.description ?? '',
    };
    return expand && field.type === 'object' ? [row, ...fieldDocs(field, expand, `${prefix}${name}.`)] : [row];
  });
}
