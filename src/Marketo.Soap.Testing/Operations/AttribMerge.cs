using System.Collections.Immutable;

namespace Marketo.Soap.Testing.Operations;

/// <summary>Writes an <c>attribList</c> over an object's fields: named fields change, all others stay.</summary>
internal static class AttribMerge
{
    public static ImmutableDictionary<string, string> Into(ImmutableDictionary<string, string> fields, IEnumerable<StoredExternalKey> attribs)
    {
        foreach (var attrib in attribs)
        {
            fields = fields.SetItem(attrib.Name, attrib.Value);
        }

        return fields;
    }
}
