using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;

namespace Marketo.Soap.Testing.Soap;

/// <summary>Reads a SOAP 1.1 request and holds its header and body to the WSDL.</summary>
/// <remarks>
/// Strict mode refuses anything the WSDL does not declare with 20012 Request Not Understood (an
/// emulator choice: Marketo itself ignored undeclared elements, which is how a lowercase <c>id</c>
/// silently created a duplicate lead). Lenient mode does what Marketo did: it drops such elements
/// and records a warning for each. Every other schema violation fails the call in both modes.
/// </remarks>
internal sealed class SoapRequestReader
{
    private static readonly XmlReaderSettings SafeXml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreProcessingInstructions = true,
    };

    private readonly WsdlContract _contract;
    private readonly bool _strict;

    public SoapRequestReader(WsdlContract contract, bool strict)
    {
        _contract = contract;
        _strict = strict;
    }

    /// <summary>
    /// The envelope parsed from <paramref name="body"/>, or <see langword="null"/> when it cannot be
    /// parsed; <see cref="Read"/> then parses it again and answers why, where the call's faults are answered.
    /// </summary>
    public static XElement? TryParse(byte[] body)
    {
        try
        {
            return Parse(body);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Reads <paramref name="body"/>, adding lenient-mode warnings to <paramref name="warnings"/>.</summary>
    /// <param name="body">The request's bytes.</param>
    /// <param name="parsed">
    /// The envelope <see cref="TryParse"/> returned for these bytes, unchanged since, so that they are
    /// not parsed twice; or <see langword="null"/> to parse them here.
    /// </param>
    /// <param name="soapAction">The SOAPAction header as sent.</param>
    /// <param name="warnings">Where lenient mode notes what it ignored.</param>
    /// <exception cref="SoapFault">The request is not a SOAP 1.1 message of a WSDL operation, or breaks its schema.</exception>
    public SoapRequest Read(byte[] body, XElement? parsed, string? soapAction, ICollection<string> warnings)
    {
        var envelope = parsed ?? Parse(body);
        if (envelope.Name == SoapNames.Soap12 + "Envelope")
        {
            // SOAP 1.1's own answer to another version's envelope.
            throw SoapFault.Protocol("VersionMismatch", "Only SOAP 1.1 envelopes are understood");
        }

        if (envelope.Name != SoapNames.Envelope)
        {
            throw SoapFault.Marketo(20012, $"Request not understood: the root element is {envelope.Name}, not a SOAP 1.1 Envelope");
        }

        var bodies = envelope.Elements(SoapNames.Body).ToList();
        var parts = bodies.Count == 1 ? bodies[0].Elements().ToList() : [];
        if (parts.Count != 1)
        {
            // Document/literal, parameter style bare: the Body holds exactly the operation's one element.
            throw SoapFault.Marketo(20012, "Request not understood: the Envelope must hold one Body with exactly one element");
        }

        var part = parts[0];
        var operation = _contract.FindByRequestElement(part.Name)
            ?? throw SoapFault.Marketo(20019, $"Unsupported operation: no operation takes a {part.Name} element");

        CheckSoapAction(soapAction, operation, warnings);
        var header = ReadHeader(envelope, operation, warnings);
        if (header is not null)
        {
            Conform(header, warnings);
        }

        Conform(part, warnings);
        return new SoapRequest(operation, header, part);
    }

    private static XElement Parse(byte[] body)
    {
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, SafeXml);
            return XDocument.Load(reader).Root!;
        }
        catch (XmlException e)
        {
            throw SoapFault.Marketo(20012, $"Request not understood: the body is not well-formed XML ({e.Message})");
        }
    }

    private void CheckSoapAction(string? soapAction, ContractOperation operation, ICollection<string> warnings)
    {
        // Whether Marketo requires the header is unknown (facts §7), so a missing one is accepted;
        // one that names another operation than the body is a client bug worth seeing.
        var action = soapAction?.Trim().Trim('"');
        if (string.IsNullOrEmpty(action) || action == operation.SoapAction)
        {
            return;
        }

        Refuse($"SOAPAction '{action}' does not match the body's operation {operation.Name} ({operation.SoapAction})", warnings);
    }

    private XElement? ReadHeader(XElement envelope, ContractOperation operation, ICollection<string> warnings)
    {
        XElement? authentication = null;
        var bound = new HashSet<XName>();
        foreach (var block in envelope.Elements(SoapNames.Header).Elements())
        {
            if (operation.HeaderElements.Contains(block.Name))
            {
                if (!bound.Add(block.Name))
                {
                    throw SoapFault.Marketo(20012, $"Request not understood: more than one {block.Name.LocalName} header");
                }

                // syncLead also binds MktowsContextHeader, which chooses a workspace and authenticates nothing.
                authentication = block.Name == SoapNames.Mktows + "AuthenticationHeader" ? block : authentication;
                continue;
            }

            if ((string?)block.Attribute(SoapNames.MustUnderstand) is "1" or "true")
            {
                throw SoapFault.Protocol("MustUnderstand", $"Header {block.Name} is not understood");
            }

            Refuse($"header {block.Name} is not declared for {operation.Name}", warnings);
        }

        return authentication;
    }

    /// <summary>Drops or refuses undeclared elements, then validates what is left.</summary>
    private void Conform(XElement element, ICollection<string> warnings)
    {
        var declaration = _contract.FindGlobalElement(element.Name)!;
        if (SchemaAcceptance.IsValid(element, declaration, _contract.Schemas))
        {
            // The common case, settled in one walk: nothing undeclared, nothing else wrong.
            return;
        }

        var undeclared = SchemaGuard.FindUndeclared(element, declaration, _contract.Schemas);
        if (undeclared.Count > 0)
        {
            var where = undeclared.Select(e => $"undeclared element '{e.Name}' at {SchemaGuard.PathOf(e)}").ToList();
            if (_strict)
            {
                throw SoapFault.Marketo(20012, "Request not understood: " + string.Join("; ", where));
            }

            foreach (var (e, text) in undeclared.Zip(where))
            {
                warnings.Add($"Ignored {text}, as Marketo ignores element names it does not know");
                e.Remove();
            }
        }

        var errors = SchemaGuard.Validate(element, declaration, _contract.Schemas);
        if (errors.Count > 0)
        {
            throw SoapFault.Marketo(20012, "Request not understood: " + string.Join("; ", errors));
        }
    }

    private void Refuse(string problem, ICollection<string> warnings)
    {
        if (_strict)
        {
            throw SoapFault.Marketo(20012, "Request not understood: " + problem);
        }

        warnings.Add("Ignored " + problem);
    }
}
