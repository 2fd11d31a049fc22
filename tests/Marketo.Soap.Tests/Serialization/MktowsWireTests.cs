using System.ServiceModel;
using System.ServiceModel.Channels;
using System.ServiceModel.Description;
using System.Text;
using Marketo.Soap.Generated;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Serialization;

/// <summary>
/// The generated code against XmlSerializer, operation by operation: the same request objects must
/// give the same bytes through the client's encoder, and the same answer XML the same objects.
/// Byte equality is the point here (the generated writer promises XmlSerializer's exact output),
/// so these compare bytes where other tests compare XML semantically.
/// </summary>
public class MktowsWireTests
{
    private static readonly WireFormatters Formatters = WireFormatters.Instance;

    public static TheoryData<string, SampleShape, int> Requests()
    {
        var data = new TheoryData<string, SampleShape, int>();
        foreach (var operation in WireFormatters.OperationNames)
        {
            // Three fills of the abstract leadSelector, one per XmlInclude type.
            for (var derived = 0; derived < 3; derived++)
            {
                data.Add(operation, SampleShape.Full, derived);
            }

            data.Add(operation, SampleShape.Nils, 0);
            data.Add(operation, SampleShape.Empty, 0);
        }

        return data;
    }

    public static TheoryData<string> ResponseFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.response.*.xml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void OperationNames_Contract_AreTheTwentyThreeOfMktows23()
    {
        Assert.Equal(23, WireFormatters.OperationNames.Count());
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void SerializeRequest_SameProxyObjects_WritesXmlSerializersBytes(string operation, SampleShape shape, int derivedChoice)
    {
        var request = ProxySamples.Message(RequestType(operation), shape, derivedChoice);

        var expected = Formatters.RequestBytes(Formatters.XmlSerializer(operation), request);
        var actual = Formatters.RequestBytes(Formatters.Generated(operation), request);

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void DeserializeReply_AnswerXmlSerializerWrote_ReadsTheSameObjects(string operation, SampleShape shape, int derivedChoice)
    {
        var replyType = ReplyType(operation);
        var reply = ProxySamples.Message(replyType, shape, derivedChoice);
        var converter = TypedMessageConverter.Create(replyType, "*", new XmlSerializerFormatAttribute());
        using var written = converter.ToMessage(reply, MessageVersion.Soap11);
        var bytes = Encode(written);

        AssertReadersAgree(operation, bytes);
    }

    [Theory]
    [MemberData(nameof(ResponseFixtures))]
    public void DeserializeReply_ResponseFixture_ReadsTheSameObjectsAsXmlSerializer(string fixture)
    {
        var operation = fixture[..fixture.IndexOf('.', StringComparison.Ordinal)];
        var bytes = Encoding.UTF8.GetBytes(Fixtures.Read(fixture));

        AssertReadersAgree(operation, bytes);
    }

    /// <summary>Both read the same objects, or both fail the same way (a cut-off answer).</summary>
    private static void AssertReadersAgree(string operation, byte[] answer)
    {
        var expected = Read(Formatters.XmlSerializer(operation), answer);
        var actual = Read(Formatters.Generated(operation), answer);

        if (expected is Exception expectedFailure)
        {
            var failure = Assert.IsType<CommunicationException>(actual);
            Assert.Equal(expectedFailure.Message, failure.Message);
            Assert.Equal(XmlCause(expectedFailure)?.Message, XmlCause(failure)?.Message);
            return;
        }

        ProxyEquality.AssertEqual(expected, actual, ReplyType(operation).Name);
    }

    private static object Read(System.ServiceModel.Dispatcher.ClientOperation operation, byte[] answer)
    {
        try
        {
            return operation.Formatter.DeserializeReply(Formatters.Answer(answer), []);
        }
        catch (CommunicationException e)
        {
            return e;
        }
    }

    private static System.Xml.XmlException? XmlCause(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Xml.XmlException xml)
            {
                return xml;
            }
        }

        return null;
    }

    private static byte[] Encode(Message message)
    {
        using var stream = new MemoryStream();
        Formatters.Encoder.WriteMessage(message, stream);
        return stream.ToArray();
    }

    private static Type RequestType(string operation) => typeof(MktowsPort).Assembly.GetType($"Marketo.Soap.Generated.{operation}Request", throwOnError: true)!;

    private static Type ReplyType(string operation) => typeof(MktowsPort).Assembly.GetType($"Marketo.Soap.Generated.{operation}Response", throwOnError: true)!;
}
