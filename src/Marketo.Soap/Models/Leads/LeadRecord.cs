namespace Marketo.Soap.Models;

/// <summary>A lead to create or update with <see cref="IMarketoSoapClient.SyncMultipleLeadsAsync"/>.</summary>
/// <remarks>
/// <para>
/// A lead needs at least one key: <see cref="Id"/>, <see cref="Email"/>, or
/// <see cref="ForeignSysPersonId"/> together with <see cref="ForeignSysType"/>. When several are
/// given, Marketo matches on <see cref="Id"/> first and writes the foreign system id to that lead;
/// without an id it matches on the foreign system id, then on email.
/// </para>
/// <para>
/// <see cref="Email"/> as a key finds a lead but never changes its address: to change it, also
/// send an <c>Email</c> attribute in <see cref="Attributes"/>.
/// </para>
/// </remarks>
public sealed partial record LeadRecord
{
    /// <summary>Marketo's id of an existing lead, or <see langword="null"/> to match by another key.</summary>
    public int? Id { get; init; }

    /// <summary>The lead's email address, used as the match key when no other key is given.</summary>
    public string? Email { get; init; }

    /// <summary>The lead's id in another system. Requires <see cref="ForeignSysType"/>.</summary>
    public string? ForeignSysPersonId { get; init; }

    /// <summary>The system <see cref="ForeignSysPersonId"/> comes from. Required when that id is set.</summary>
    public ForeignSystemType? ForeignSysType { get; init; }

    /// <summary>The fields to write, in the order they are sent. Empty by default.</summary>
    public IReadOnlyList<LeadAttribute> Attributes { get; init; } = [];
}
