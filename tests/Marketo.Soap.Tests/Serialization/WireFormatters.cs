using System.ServiceModel;
using System.ServiceModel.Channels;
using System.ServiceModel.Description;
using System.ServiceModel.Dispatcher;
using Marketo.Soap.Generated;
using Marketo.Soap.Serialization;
using Marketo.Soap.Transport;

namespace Marketo.Soap.Tests.Serialization;

/// <summary>
/// The formatters WCF gives the proxy's operations (XmlSerializer's) beside the generated ones,
/// taken from an opened client with the client's own binding, and that binding's encoder, so both
/// are compared on the bytes the client would send.
/// </summary>
internal sealed class WireFormatters
{
    private static readonly Lazy<WireFormatters> Shared = new(() => new WireFormatters());

    private readonly Dictionary<string, ClientOperation> _xmlSerializer = [];
    private readonly Dictionary<string, ClientOperation> _generated = [];

    private WireFormatters()
    {
        var endpoint = new Uri("https://123-ABC-456.mktoapi.com/soap/mktows/2_3");
        var binding = MarketoBinding.Create(endpoint, TimeSpan.FromSeconds(5));
        Encoder = binding.CreateBindingElements().Find<MessageEncodingBindingElement>()!.CreateMessageEncoderFactory().Encoder;
        Capture(new MktowsPortClient(binding, new EndpointAddress(endpoint)), generated: false, _xmlSerializer);
        Capture(new MktowsPortClient(binding, new EndpointAddress(endpoint)), generated: true, _generated);
    }

    public static WireFormatters Instance => Shared.Value;

    public MessageEncoder Encoder { get; }

    /// <summary>Every operation of the contract, by WCF's name.</summary>
    public static IEnumerable<string> OperationNames =>
        ContractDescription.GetContract(typeof(MktowsPort)).Operations.Select(o => o.Name);

    public ClientOperation XmlSerializer(string operation) => _xmlSerializer[operation];

    public ClientOperation Generated(string operation) => _generated[operation];

    /// <summary>The request as the encoder puts it on the wire.</summary>
    public byte[] RequestBytes(ClientOperation operation, object request)
    {
        using var message = operation.Formatter.SerializeRequest(MessageVersion.Soap11, [request]);
        using var stream = new MemoryStream();
        Encoder.WriteMessage(message, stream);
        return stream.ToArray();
    }

    /// <summary>An answer message read by the encoder from <paramref name="bytes"/>.</summary>
    public Message Answer(byte[] bytes) => Encoder.ReadMessage(new ArraySegment<byte>(bytes), BufferManager.CreateBufferManager(0, int.MaxValue), "text/xml; charset=utf-8");

    private static void Capture(MktowsPortClient port, bool generated, Dictionary<string, ClientOperation> into)
    {
        if (generated)
        {
            GeneratedSerializationBehavior.AddTo(port.Endpoint.Contract);
        }

        foreach (var operation in port.Endpoint.Contract.Operations)
        {
            operation.OperationBehaviors.Add(new CaptureBehavior(into));
        }

        ((ICommunicationObject)port).Open();
    }

    private sealed class CaptureBehavior(Dictionary<string, ClientOperation> into) : IOperationBehavior
    {
        public void AddBindingParameters(OperationDescription operationDescription, BindingParameterCollection bindingParameters)
        {
        }

        public void ApplyClientBehavior(OperationDescription operationDescription, ClientOperation clientOperation) => into[clientOperation.Name] = clientOperation;

        public void ApplyDispatchBehavior(OperationDescription operationDescription, DispatchOperation dispatchOperation)
        {
        }

        public void Validate(OperationDescription operationDescription)
        {
        }
    }
}
