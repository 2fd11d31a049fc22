using System.Globalization;
using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>getTags</c>: lists the non-channel tag types and their allowed values.</summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. It only reads.</para>
/// <para>Whether Marketo applies the <c>tagList</c> filter is unknown (its documented sample asked
/// for one type and got every type), so the answer is handed back as sent, never filtered here.</para>
/// </remarks>
internal static class GetTagsOperation
{
    public const string Name = "getTags";
    private const string ActivityName = "MarketoSoapClient.GetTags";
    private const string ParamName = "request";

    public static PreparedCall<GetTagsResult> Prepare(GetTagsRequest request)
    {
        var body = new Proxy.ParamsGetTags { tagList = ToProxy(Validate(request)) };
        return new(
            Name,
            ActivityName,
            0,
            RepeatSafety.Safe,
            async (port, header) => ToResult((await port.getTagsAsync(new(header, body)).ConfigureAwait(false))?.successGetTags));
    }

    /// <returns>A copy of the filters, or null to ask for every tag type.</returns>
    internal static TagFilter[]? Validate(GetTagsRequest request)
    {
        if (request.Tags is null)
        {
            return null;
        }

        var tags = RequestGuard.ReadBatch(request.Tags, int.MaxValue, ParamName, nameof(request.Tags), "tag types");
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = RequestGuard.NotNullRecord(tags[i], i, ParamName, "tag filter");
            if (tag.Values is null)
            {
                throw RequestGuard.Invalid(i, nameof(tag.Values), "is null; use an empty list for no values", ParamName);
            }

            // The values are copied too, so the body holds what was checked.
            tags[i] = tag = tag with { Values = [.. tag.Values] };
            RequestGuard.Text(tag.Type, i, nameof(tag.Type), ParamName, required: true);

            for (var j = 0; j < tag.Values.Count; j++)
            {
                RequestGuard.Text(tag.Values[j], i, string.Create(CultureInfo.InvariantCulture, $"{nameof(tag.Values)}[{j}]"), ParamName, required: true);
            }
        }

        return tags;
    }

    private static Proxy.Tag[]? ToProxy(TagFilter[]? tags) =>
        tags?.Select(t => new Proxy.Tag { type = t.Type, values = t.Values.Count == 0 ? null : [.. t.Values] }).ToArray();

    internal static GetTagsResult ToResult(Proxy.SuccessGetTags? answer)
    {
        var tags = AnswerGuard.Required(answer?.result, "result", Name).tagList ?? [];
        var types = new TagType[tags.Length];
        for (var i = 0; i < types.Length; i++)
        {
            var tag = AnswerGuard.Status(tags[i], i, Name);
            types[i] = new TagType(tag.type ?? string.Empty, tag.values ?? []);
        }

        return new GetTagsResult(types);
    }
}
