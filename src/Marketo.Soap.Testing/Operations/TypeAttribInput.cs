using System.Xml.Linq;

namespace Marketo.Soap.Testing.Operations;

/// <summary>One <c>typeAttrib</c> of an <c>mObject</c>, such as a program's <c>Cost</c> or <c>Tag</c>.</summary>
internal sealed record TypeAttribInput(string AttrType, IReadOnlyList<StoredExternalKey> Attribs)
{
    public static TypeAttribInput Read(XElement typeAttrib) =>
        new((string)typeAttrib.Element("attrType")!, WireValues.Attribs(typeAttrib, "attrList"));
}
