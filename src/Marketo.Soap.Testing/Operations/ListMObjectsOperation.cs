using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Operations;

/// <summary>listMObjects: the names describeMObject accepts, as bare repeated <c>objects</c> under <c>result</c> (operations facts §6.4).</summary>
internal static class ListMObjectsOperation
{
    public static XElement Execute(XElement parameters) => new(
        SoapNames.Mktows + "successListMObjects",
        new XElement("result", MObjectCatalog.Names.Select(n => new XElement("objects", n))));
}
