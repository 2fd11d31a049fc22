namespace Marketo.Soap.Generated;

// customObjAttributeList is nillable; a record with no value fields leaves it out rather than
// send a nil list, whose meaning to Marketo (clear every field?) is not documented.
public partial class CustomObj
{
    /// <summary>Tells XmlSerializer to leave <c>customObjAttributeList</c> out when it is null.</summary>
    public bool ShouldSerializecustomObjAttributeList() => customObjAttributeList is not null;
}
