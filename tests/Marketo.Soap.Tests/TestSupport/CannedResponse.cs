using System.Net;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>An HTTP answer for <see cref="ReplayHandler"/> to give.</summary>
internal sealed record CannedResponse(HttpStatusCode Status, string MediaType, string Body)
{
    public static CannedResponse Soap(string body, HttpStatusCode status = HttpStatusCode.OK) => new(status, "text/xml", body);

    public static CannedResponse Fixture(string name, HttpStatusCode status = HttpStatusCode.OK) => Soap(Fixtures.Read(name), status);

    public HttpResponseMessage ToMessage() => new(Status)
    {
        Content = new StringContent(Body, System.Text.Encoding.UTF8, MediaType),
    };
}
