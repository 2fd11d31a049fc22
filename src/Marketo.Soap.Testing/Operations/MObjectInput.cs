using System.Xml.Linq;

namespace Marketo.Soap.Testing.Operations;

/// <summary>One <c>mObject</c> of a syncMObjects request, read from validated XML.</summary>
internal sealed record MObjectInput(
    string Type,
    int? Id,
    StoredExternalKey? ExternalKey,
    IReadOnlyList<StoredExternalKey> Attribs,
    IReadOnlyList<TypeAttribInput> TypeAttribs,
    IReadOnlyList<AssociationInput> Associations)
{
    public static MObjectInput Read(XElement mObject) => new(
        (string)mObject.Element("type")!,
        WireValues.Int(mObject, "id"),
        WireValues.OptionalAttrib(mObject, "externalKey"),
        WireValues.Attribs(mObject, "attribList"),
        [.. (mObject.Element("typeAttribList")?.Elements("typeAttrib") ?? []).Select(TypeAttribInput.Read)],
        [.. (mObject.Element("associationList")?.Elements("mObjAssociation") ?? []).Select(AssociationInput.Read)]);
}
