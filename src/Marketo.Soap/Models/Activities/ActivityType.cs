namespace Marketo.Soap.Models;

/// <summary>
/// The activity types an activity filter takes (<c>ActivityType</c> on the wire), in the schema's
/// order. Each name is the wire value itself, spelling included (<c>NewSFDCOpprtnty</c>).
/// </summary>
/// <remarks>
/// These are not the names activities carry in answers: an answer says <c>Visit Webpage</c> where
/// the filter says <see cref="VisitWebpage"/>. Filter <c>getLeadChanges</c> by those display
/// names with <see cref="GetLeadChangesRequest.ActivityNames"/> (see <see cref="ActivityNames"/>).
/// </remarks>
public enum ActivityType
{
    /// <summary><c>VisitWebpage</c>.</summary>
    VisitWebpage,

    /// <summary><c>FillOutForm</c>.</summary>
    FillOutForm,

    /// <summary><c>ClickLink</c>.</summary>
    ClickLink,

    /// <summary><c>SendEmail</c>.</summary>
    SendEmail,

    /// <summary><c>EmailDelivered</c>.</summary>
    EmailDelivered,

    /// <summary><c>EmailBounced</c>.</summary>
    EmailBounced,

    /// <summary><c>UnsubscribeEmail</c>.</summary>
    UnsubscribeEmail,

    /// <summary><c>OpenEmail</c>.</summary>
    OpenEmail,

    /// <summary><c>ClickEmail</c>.</summary>
    ClickEmail,

    /// <summary><c>NewLead</c>.</summary>
    NewLead,

    /// <summary><c>ChangeDataValue</c>.</summary>
    ChangeDataValue,

    /// <summary><c>LeadAssigned</c>.</summary>
    LeadAssigned,

    /// <summary><c>NewSFDCOpprtnty</c>.</summary>
    NewSFDCOpprtnty,

    /// <summary><c>Wait</c>.</summary>
    Wait,

    /// <summary><c>RunSubflow</c>.</summary>
    RunSubflow,

    /// <summary><c>RemoveFromFlow</c>.</summary>
    RemoveFromFlow,

    /// <summary><c>PushLeadToSales</c>.</summary>
    PushLeadToSales,

    /// <summary><c>CreateTask</c>.</summary>
    CreateTask,

    /// <summary><c>ConvertLead</c>.</summary>
    ConvertLead,

    /// <summary><c>ChangeScore</c>.</summary>
    ChangeScore,

    /// <summary><c>ChangeOwner</c>.</summary>
    ChangeOwner,

    /// <summary><c>AddToList</c>.</summary>
    AddToList,

    /// <summary><c>RemoveFromList</c>.</summary>
    RemoveFromList,

    /// <summary><c>SFDCActivity</c>.</summary>
    SFDCActivity,

    /// <summary><c>EmailBouncedSoft</c>.</summary>
    EmailBouncedSoft,

    /// <summary><c>PushLeadUpdatesToSales</c>.</summary>
    PushLeadUpdatesToSales,

    /// <summary><c>DeleteLeadFromSales</c>.</summary>
    DeleteLeadFromSales,

    /// <summary><c>SFDCActivityUpdated</c>.</summary>
    SFDCActivityUpdated,

    /// <summary><c>SFDCMergeLeads</c>.</summary>
    SFDCMergeLeads,

    /// <summary><c>MergeLeads</c>.</summary>
    MergeLeads,

    /// <summary><c>ResolveConflicts</c>.</summary>
    ResolveConflicts,

    /// <summary><c>AssocWithOpprtntyInSales</c>.</summary>
    AssocWithOpprtntyInSales,

    /// <summary><c>DissocFromOpprtntyInSales</c>.</summary>
    DissocFromOpprtntyInSales,

    /// <summary><c>UpdateOpprtntyInSales</c>.</summary>
    UpdateOpprtntyInSales,

    /// <summary><c>DeleteLead</c>.</summary>
    DeleteLead,

    /// <summary><c>SendAlert</c>.</summary>
    SendAlert,

    /// <summary><c>SendSalesEmail</c>.</summary>
    SendSalesEmail,

    /// <summary><c>OpenSalesEmail</c>.</summary>
    OpenSalesEmail,

    /// <summary><c>ClickSalesEmail</c>.</summary>
    ClickSalesEmail,

    /// <summary><c>AddtoSFDCCampaign</c>.</summary>
    AddtoSFDCCampaign,

    /// <summary><c>RemoveFromSFDCCampaign</c>.</summary>
    RemoveFromSFDCCampaign,

    /// <summary><c>ChangeStatusInSFDCCampaign</c>.</summary>
    ChangeStatusInSFDCCampaign,

    /// <summary><c>ReceiveSalesEmail</c>.</summary>
    ReceiveSalesEmail,

    /// <summary><c>InterestingMoment</c>.</summary>
    InterestingMoment,

    /// <summary><c>RequestCampaign</c>.</summary>
    RequestCampaign,

    /// <summary><c>SalesEmailBounced</c>.</summary>
    SalesEmailBounced,

    /// <summary><c>ChangeLeadPartition</c>.</summary>
    ChangeLeadPartition,

    /// <summary><c>ChangeRevenueStage</c>.</summary>
    ChangeRevenueStage,

    /// <summary><c>ChangeRevenueStageManually</c>.</summary>
    ChangeRevenueStageManually,

    /// <summary><c>ComputeDataValue</c>.</summary>
    ComputeDataValue,

    /// <summary><c>ChangeStatusInProgression</c>.</summary>
    ChangeStatusInProgression,

    /// <summary><c>ChangeFieldInProgram</c>.</summary>
    ChangeFieldInProgram,

    /// <summary><c>EnrichWithDatacom</c>.</summary>
    EnrichWithDatacom,

    /// <summary><c>ChangeSegment</c>.</summary>
    ChangeSegment,

    /// <summary><c>ResolveRuleset</c>.</summary>
    ResolveRuleset,

    /// <summary><c>SmartCampaignTest</c>.</summary>
    SmartCampaignTest,

    /// <summary><c>SmartCampaignTestTrigger</c>.</summary>
    SmartCampaignTestTrigger,
}
