using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>Calls an emulator's admin API as any HTTP client would: JSON over HTTP, no shared types.</summary>
internal static class AdminHttp
{
    public static Uri Admin(this MarketoSoapEmulator emulator, string path) => new(emulator.Endpoint, "/_emulator/" + path);

    public static Task<AdminAnswer> GetAdminAsync(this MarketoSoapEmulator emulator, string path) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, emulator.Admin(path)));

    public static Task<AdminAnswer> DeleteAdminAsync(this MarketoSoapEmulator emulator, string path) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Delete, emulator.Admin(path)));

    public static Task<AdminAnswer> SendAdminAsync(this MarketoSoapEmulator emulator, HttpMethod method, string path, string? json = null) =>
        SendAsync(new HttpRequestMessage(method, emulator.Admin(path))
        {
            // Plain text on purpose: a curl -d sends no JSON content type, and the admin API must not mind.
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, "text/plain"),
        });

    public static Task<AdminAnswer> PostAdminAsync(this MarketoSoapEmulator emulator, string path, string? json = null) =>
        emulator.SendAdminAsync(HttpMethod.Post, path, json);

    private static async Task<AdminAnswer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await EmulatorHttp.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new AdminAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        }
    }
}

/// <summary>One admin API answer.</summary>
internal sealed record AdminAnswer(int Status, string? MediaType, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The answer is JSON null.");

    /// <summary>Asserts a <c>ProblemDetails</c> answer with <paramref name="status"/>, and returns its detail.</summary>
    public string AssertProblem(int status)
    {
        Assert.True(Status == status, $"Expected HTTP {status}, got {Status}: {Body}");
        Assert.Equal("application/problem+json", MediaType);
        Assert.Equal(status, (int?)Json["status"]);
        return (string?)Json["detail"] ?? string.Empty;
    }

    public JsonNode AssertOk()
    {
        Assert.True(Status == 200, $"Expected HTTP 200, got {Status}: {Body}");
        return Json;
    }
}
