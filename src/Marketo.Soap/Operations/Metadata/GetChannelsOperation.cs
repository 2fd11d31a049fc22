using System.Globalization;
using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>getChannels</c>: lists program channels with their progression statuses.</summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. It only reads.</para>
/// <para>The request's one <c>tag</c> carries the channel names in <c>values</c>; its <c>type</c> is
/// not used by Marketo's documentation and is never sent. Unlike getTags, the request holds one
/// <c>Tag</c>, not a list, and the answer is <c>tags</c> of <c>tagStatus</c>.</para>
/// </remarks>
internal static class GetChannelsOperation
{
    public const string Name = "getChannels";
    private const string ActivityName = "MarketoSoapClient.GetChannels";
    private const string ParamName = "request";

    public static PreparedCall<GetChannelsResult> Prepare(GetChannelsRequest request)
    {
        var channels = Validate(request);
        var body = new Proxy.ParamsGetChannels { tag = channels is null ? null : new Proxy.Tag { values = channels } };
        return new(
            Name,
            ActivityName,
            0,
            RepeatSafety.Safe,
            async (port, header) => ToResult((await port.getChannelsAsync(new(header, body)).ConfigureAwait(false))?.successGetChannels));
    }

    /// <returns>A copy of the channel names, or null to ask for every channel.</returns>
    internal static string[]? Validate(GetChannelsRequest request)
    {
        if (request.Channels is null)
        {
            return null;
        }

        var channels = RequestGuard.ReadBatch(request.Channels, int.MaxValue, ParamName, nameof(request.Channels), "channel names");
        for (var i = 0; i < channels.Length; i++)
        {
            RequestGuard.Field(channels[i], string.Create(CultureInfo.InvariantCulture, $"{nameof(request.Channels)}[{i}]"), ParamName, required: true);
        }

        return channels;
    }

    internal static GetChannelsResult ToResult(Proxy.SuccessGetChannels? answer)
    {
        var tags = AnswerGuard.Required(answer?.result, "result", Name).tags ?? [];
        var channels = new Channel[tags.Length];
        for (var i = 0; i < channels.Length; i++)
        {
            var tag = AnswerGuard.Status(tags[i], i, Name);
            var items = tag.statusList ?? [];
            var statuses = new ChannelStatus[items.Length];
            for (var j = 0; j < statuses.Length; j++)
            {
                statuses[j] = ToStatus(items[j]?.progressionStatus ?? []);
            }

            channels[i] = new Channel(tag.tagValue ?? string.Empty, statuses);
        }

        return new GetChannelsResult(channels);
    }

    private static ChannelStatus ToStatus(Proxy.Attrib[] attribs)
    {
        var pairs = new List<ChannelStatusAttribute>(attribs.Length);
        foreach (var attrib in attribs)
        {
            if (attrib?.name is { } name)
            {
                pairs.Add(new ChannelStatusAttribute(name, attrib.value ?? string.Empty));
            }
        }

        var step = int.TryParse(Value(pairs, "Step"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
        var success = bool.TryParse(Value(pairs, "Success"), out var flag) ? flag : (bool?)null;
        return new ChannelStatus(Value(pairs, "Status") ?? string.Empty, step, success, pairs);
    }

    private static string? Value(List<ChannelStatusAttribute> pairs, string name) =>
        pairs.Find(p => string.Equals(p.Name, name, StringComparison.Ordinal))?.Value;
}
