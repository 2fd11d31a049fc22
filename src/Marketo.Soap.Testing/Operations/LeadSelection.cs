namespace Marketo.Soap.Testing.Operations;

/// <summary>The leads a getMultipleLeads call asks for, read from its <c>leadSelector</c>.</summary>
/// <param name="Fingerprint">What the request chose, so that a position is only accepted by a call asking for the same leads.</param>
/// <param name="Matches">Whether a stored lead is chosen; evaluated with the store's gate held.</param>
/// <param name="WindowStart">The <c>oldestUpdatedAt</c> of an updated-at selector, carried in the position as Marketo's does.</param>
/// <param name="WindowEnd">The window's end; when the request leaves it open, the time of the first page.</param>
internal sealed record LeadSelection(string Fingerprint, Func<StoredLead, bool> Matches, DateTimeOffset? WindowStart = null, DateTimeOffset? WindowEnd = null);
