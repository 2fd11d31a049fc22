using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>The complex <c>StreamPosition</c> of getLeadActivity and getLeadChanges (operations facts §2.4).</summary>
/// <remarks>
/// <c>offset</c> is <c>ID:</c> and the id of the last activity returned, as in Marketo's samples. Empty
/// elements read as absent. An offset that is not of that form, or names an activity the log does
/// not hold (never handed out, or cleared with the store), is refused with 20122: the emulator's rule.
/// </remarks>
internal sealed record ActivityStreamPosition(DateTimeOffset? LatestCreatedAt, DateTimeOffset? OldestCreatedAt, int? AfterId)
{
    private const string OffsetPrefix = "ID:";

    /// <exception cref="SoapFault">20122 for an offset this emulator did not hand out.</exception>
    public static ActivityStreamPosition Read(XElement? position, ActivityLog log)
    {
        if (position is null)
        {
            return new ActivityStreamPosition(null, null, null);
        }

        int? afterId = null;
        if (Value(position, "offset") is { } offset)
        {
            afterId = offset.StartsWith(OffsetPrefix, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(offset[OffsetPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && log.Holds(id)
                    ? id
                    : throw SoapFault.Marketo(20122, "Bad stream position: offset " + offset + " was not handed out by this server, or the store was reset since");
        }

        return new ActivityStreamPosition(Date(position, "latestCreatedAt"), Date(position, "oldestCreatedAt"), afterId);
    }

    public bool Admits(StoredActivity activity) =>
        (LatestCreatedAt is not { } latest || activity.CreatedAt <= latest)
        && (OldestCreatedAt is not { } oldest || activity.CreatedAt >= oldest);

    /// <summary>The position to send next: the request's window, and the last activity returned (or the request's offset when none was).</summary>
    public XElement Next(string elementName, int? lastId) => new(
        elementName,
        DateOrNil("latestCreatedAt", LatestCreatedAt),
        DateOrNil("oldestCreatedAt", OldestCreatedAt),
        LeadRecordXml.Nil("activityCreatedAt"),
        (lastId ?? AfterId) is { } id ? new XElement("offset", OffsetPrefix + id.ToString(CultureInfo.InvariantCulture)) : LeadRecordXml.Nil("offset"));

    private static string? Value(XElement position, string name) =>
        WireValues.Text(position, name) is { } text && text.Trim().Length > 0 ? text.Trim() : null;

    private static DateTimeOffset? Date(XElement position, string name) =>
        Value(position, name) is { } text ? XmlConvert.ToDateTimeOffset(text) : null;

    private static XElement DateOrNil(string name, DateTimeOffset? value) =>
        value is { } v ? new XElement(name, XmlConvert.ToString(v)) : LeadRecordXml.Nil(name);
}
