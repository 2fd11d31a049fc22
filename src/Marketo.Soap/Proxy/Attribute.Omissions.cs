namespace Marketo.Soap.Generated;

// attrType is nillable; requests leave it out (as the recorded requests do) rather than send nil.
public partial class Attribute
{
    /// <summary>Tells XmlSerializer to leave <c>attrType</c> out when it is null.</summary>
    public bool ShouldSerializeattrType() => attrType is not null;
}
