using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>listMObjects</c>: the names of the objects <c>describeMObject</c> accepts.</summary>
/// <remarks>
/// Repeat-safety: <see cref="RepeatSafety.Safe"/>. It only reads. The request has no fields: the
/// body is an empty <c>paramsListMObjects</c>, and the names come back as repeated <c>objects</c>
/// elements directly under <c>result</c> (operations facts §6.4).
/// </remarks>
internal static class ListMObjectsOperation
{
    public const string Name = "listMObjects";
    private const string ActivityName = "MarketoSoapClient.ListMObjects";

    /// <summary>Stands for the request the operation does not have, so the client's one call path serves it too.</summary>
    public static readonly object NoInput = new();

    public static PreparedCall<IReadOnlyList<string>> Prepare()
    {
        var body = new Proxy.ParamsListMObjects();
        return new(
            Name,
            ActivityName,
            0,
            RepeatSafety.Safe,
            async (port, header) => ToResult((await port.listMObjectsAsync(new(header, body)).ConfigureAwait(false))?.successListMObjects));
    }

    internal static IReadOnlyList<string> ToResult(Proxy.SuccessListMObjects? answer)
    {
        var names = AnswerGuard.Required(answer, "successListMObjects", Name).result ?? [];
        return Array.FindAll(names, static name => !string.IsNullOrEmpty(name));
    }
}
