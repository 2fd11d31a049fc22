namespace Marketo.Soap.Generated;

// The lead keys and the attribute list are nillable, so XmlSerializer would write a null one as
// <Email xsi:nil="true"/>. Every recorded Marketo request leaves absent keys out instead, and what
// the server does with a nil key is not documented, so null members are omitted.
public partial class LeadRecord
{
    /// <summary>Tells XmlSerializer to leave <c>Email</c> out when it is null.</summary>
    public bool ShouldSerializeEmail() => Email is not null;

    /// <summary>Tells XmlSerializer to leave <c>ForeignSysPersonId</c> out when it is null.</summary>
    public bool ShouldSerializeForeignSysPersonId() => ForeignSysPersonId is not null;

    /// <summary>Tells XmlSerializer to leave <c>leadAttributeList</c> out when it is null.</summary>
    public bool ShouldSerializeleadAttributeList() => leadAttributeList is not null;
}
