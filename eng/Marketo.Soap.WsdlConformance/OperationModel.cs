namespace Marketo.Soap.WsdlConformance;

/// <summary>One operation as the portType and the SOAP binding declare it together.</summary>
/// <param name="Name">The operation's name.</param>
/// <param name="SoapAction">Its soapAction.</param>
/// <param name="InputMessage">The portType's input message.</param>
/// <param name="OutputMessage">The portType's output message.</param>
/// <param name="Binding">The SOAP binding of its input and output: style, use, headers, body parts.</param>
internal sealed record OperationModel(string Name, string SoapAction, string InputMessage, string OutputMessage, IReadOnlyList<string> Binding);
