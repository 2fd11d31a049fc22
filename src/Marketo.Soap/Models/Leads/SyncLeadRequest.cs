namespace Marketo.Soap.Models;

/// <summary>The input of one <c>syncLead</c> call: one lead to create or update.</summary>
public sealed record SyncLeadRequest
{
    /// <summary>
    /// The lead. Marketo matches it by <see cref="LeadRecord.Id"/>, then
    /// <see cref="LeadRecord.ForeignSysPersonId"/>, then <see cref="LeadRecord.Email"/>, and
    /// creates it when nothing matches.
    /// </summary>
    public required LeadRecord Lead { get; init; }

    /// <summary>
    /// Whether Marketo sends the whole lead back, as it stands after the sync, in
    /// <see cref="SyncLeadResult.Lead"/>. Default <see langword="false"/>.
    /// </summary>
    public bool ReturnLead { get; init; }

    /// <summary>
    /// The whole Munchkin tracking cookie (<c>_mkto_trk</c>) of the visitor, so that an anonymous
    /// lead known by that cookie becomes this lead. <see langword="null"/> (the default) sends none.
    /// </summary>
    public string? MarketoCookie { get; init; }

    /// <summary>
    /// The workspace a new lead goes to (sent in the <c>MktowsContextHeader</c>), for instances with
    /// workspaces. <see langword="null"/> (the default) sends no header: new leads then go where
    /// the instance's assignment rules put them. An instance without workspaces accepts only
    /// <c>default</c> here.
    /// </summary>
    /// <remarks>
    /// A lead matched by id, foreign system id or cookie must already be in the workspace's primary
    /// partition, or Marketo refuses the call; a lead matched by email ignores the workspace.
    /// </remarks>
    public string? TargetWorkspace { get; init; }
}
