using System.Net;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>An HTTP answer for <see cref="ReplayHandler"/> to give.</summary>
internal sealed record CannedResponse(HttpStatusCode Status, string MediaType, string Body)
{
    public static CannedResponse Soap(string body, HttpStatusCode status = HttpStatusCode.OK) => new(status, "text/xml", body);

    public static CannedResponse Fixture(string name, HttpStatusCode status = HttpStatusCode.OK) => Soap(Fixtures.Read(name), status);

    /// <summary>A SOAP fault fixture as Marketo sends it: HTTP 500, <c>text/xml</c>.</summary>
    public static CannedResponse Fault(string name) => Soap(Fixtures.Read(name), HttpStatusCode.InternalServerError);

    /// <summary>A fixture sent with any status and media type, for answers that are not SOAP.</summary>
    public static CannedResponse Page(string name, HttpStatusCode status, string mediaType) => new(status, mediaType, Fixtures.Read(name));

    /// <summary>A well-formed success answer padded past the client's largest answer (4 MB) with trailing whitespace.</summary>
    public static CannedResponse Oversized() =>
        Soap(Fixtures.Read("syncMultipleLeads.response.updated-updated.xml") + new string(' ', 5 * 1024 * 1024));

    public HttpResponseMessage ToMessage() => new(Status)
    {
        Content = new StringContent(Body, System.Text.Encoding.UTF8, MediaType),
    };
}
