using System.Xml.Linq;

namespace Marketo.Soap.Testing.Contract;

/// <summary>One operation as the WSDL's binding declares it.</summary>
/// <param name="Name">The operation, for example <c>syncMultipleLeads</c>.</param>
/// <param name="SoapAction">Its soapAction, the namespace followed by the name.</param>
/// <param name="RequestElement">The one body element of its request, for example <c>ns1:paramsSyncMultipleLeads</c>.</param>
/// <param name="ResponseElement">The one body element of its answer, for example <c>ns1:successSyncMultipleLeads</c>.</param>
/// <param name="HeaderElements">The header elements bound to its input: <c>ns1:AuthenticationHeader</c>.</param>
internal sealed record ContractOperation(string Name, string SoapAction, XName RequestElement, XName ResponseElement, IReadOnlyList<XName> HeaderElements);
