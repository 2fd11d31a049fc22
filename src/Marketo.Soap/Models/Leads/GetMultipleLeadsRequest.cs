namespace Marketo.Soap.Models;

/// <summary>The input of a <c>getMultipleLeads</c> read, which Marketo answers a page at a time.</summary>
public sealed record GetMultipleLeadsRequest
{
    /// <summary>The largest page Marketo serves: 1000 leads.</summary>
    /// <remarks>
    /// Marketo's documentation says 1000 in its introduction and 100 in its parameter table; the
    /// table row copies getLeadActivity's word for word, Marketo's own FAQ recommends 200, and a
    /// public client reports pages of 1000 working. 1000 is taken as the limit.
    /// </remarks>
    public const int MaxBatchSize = 1000;

    /// <summary>The page size used when none is given: 200, the size Marketo's FAQ recommends for speed.</summary>
    public const int DefaultBatchSize = 200;

    /// <summary>The leads to read: by keys, by static list, or by last update.</summary>
    public required LeadSelector Selector { get; init; }

    /// <summary>
    /// The fields to return, by API name; empty (the default) returns every field. Naming only the
    /// fields you need makes each page faster. When given, include <c>Email</c> if you need it:
    /// Marketo may leave the lead's email empty otherwise.
    /// </summary>
    public IReadOnlyList<string> IncludeAttributes { get; init; } = [];

    /// <summary>Leads per page, from 1 to <see cref="MaxBatchSize"/>; <see cref="DefaultBatchSize"/> unless set.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;
}
