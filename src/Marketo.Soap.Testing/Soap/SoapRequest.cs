using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Soap;

/// <summary>A request that has passed the envelope and schema checks.</summary>
/// <param name="Operation">The operation its body element belongs to.</param>
/// <param name="AuthenticationHeader">The <c>AuthenticationHeader</c> element, or <see langword="null"/> when the request has none.</param>
/// <param name="Body">The body's one element, with any undeclared elements removed in lenient mode.</param>
internal sealed record SoapRequest(ContractOperation Operation, XElement? AuthenticationHeader, XElement Body);
