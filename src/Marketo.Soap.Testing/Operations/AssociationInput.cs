using System.Xml.Linq;

namespace Marketo.Soap.Testing.Operations;

/// <summary>One <c>mObjAssociation</c> of an <c>mObject</c>: a link to another object by id or external key.</summary>
internal sealed record AssociationInput(string Type, int? Id, StoredExternalKey? ExternalKey)
{
    public static AssociationInput Read(XElement association) => new(
        (string)association.Element("mObjType")!,
        WireValues.Int(association, "id"),
        WireValues.OptionalAttrib(association, "externalKey"));
}
