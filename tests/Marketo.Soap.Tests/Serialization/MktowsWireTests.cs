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

    /// <summary>
    /// Every answer file of a folder, whatever its name says: the operation is the one its body's
    /// <c>success…</c> element answers. The folder is <c>MARKETO_SOAP_ANSWERS_DIR</c> when set
    /// (<c>.ci/run</c> points it at the real recordings beside the repository, which never enter
    /// it), else the tests' own fixtures.
    /// </summary>
    [Fact]
    public void DeserializeReply_EverySuccessAnswerOfTheFolder_ReadsTheSameObjectsAsXmlSerializer()
    {
        var folder = Environment.GetEnvironmentVariable("MARKETO_SOAP_ANSWERS_DIR") is { Length: > 0 } set ? set : Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var compared = 0;
        foreach (var path in Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            var answered = AnsweredElement(bytes);
            if (answered is null || !answered.StartsWith("success", StringComparison.Ordinal))
            {
                continue;
            }

            var operation = char.ToLowerInvariant(answered["success".Length]) + answered["success".Length..][1..];
            AssertReadersAgree(operation, bytes);
            compared++;
        }

        Assert.True(compared > 0, $"No success answer in {folder}");
    }

    /// <summary>The local name of the body's first element, read no further; null when the file does not get that far as XML.</summary>
    private static string? AnsweredElement(byte[] bytes)
    {
        try
        {
            using var reader = System.Xml.XmlReader.Create(new MemoryStream(bytes));
            var inBody = false;
            while (reader.Read())
            {
                if (reader.NodeType == System.Xml.XmlNodeType.Element)
                {
                    if (inBody)
                    {
                        return reader.LocalName;
                    }

                    inBody = reader.LocalName == "Body";
                }
            }
        }
        catch (System.Xml.XmlException)
        {
        }

        return null;
    }

    /// <summary>Both read the same objects, or both fail the same way (a cut-off answer).</summary>
    internal static void AssertReadersAgree(string operation, byte[] answer)
    {
        var expected = Read(Formatters.XmlSerializer(operation), answer);
        var actual = Read(Formatters.Generated(operation), answer);

        if (expected is Exception expectedFailure)
        {
            Assert.True(actual is Exception, $"XmlSerializer failed ({expectedFailure.InnerException?.Message} {expectedFailure.InnerException?.InnerException?.Message}), the generated reader did not");
            var failure = Assert.IsType<CommunicationException>(actual);
            Assert.Equal(expectedFailure.Message, failure.Message);
            // Whether the XML reader's own words agree is not held: on content of the wrong shape the
            // two readers can stop at different places (a recorded getChannels answer does).
            Assert.Equal(XmlCause(expectedFailure) is null, XmlCause(failure) is null);
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
