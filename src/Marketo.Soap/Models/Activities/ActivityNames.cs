namespace Marketo.Soap.Models;

/// <summary>
/// The display names of activities, as answers carry them in <see cref="LeadActivity.ActivityName"/>
/// and <see cref="LeadChange.ActivityName"/> and as <see cref="GetLeadChangesRequest.ActivityNames"/>
/// takes them: the 68 names Marketo's documentation lists for <c>activityNameFilter</c>.
/// </summary>
/// <remarks>Any other name Marketo uses can be passed as a string; these are for convenience and spelling.</remarks>
public static class ActivityNames
{
    /// <summary><c>Add to List</c>.</summary>
    public const string AddToList = "Add to List";

    /// <summary><c>Add to Nurture</c>.</summary>
    public const string AddToNurture = "Add to Nurture";

    /// <summary><c>Add to Opportunity</c>.</summary>
    public const string AddToOpportunity = "Add to Opportunity";

    /// <summary><c>Add to Segment</c>.</summary>
    public const string AddToSegment = "Add to Segment";

    /// <summary><c>Add to SFDC Campaign</c>.</summary>
    public const string AddToSfdcCampaign = "Add to SFDC Campaign";

    /// <summary><c>Add to Smart Campaign</c>.</summary>
    public const string AddToSmartCampaign = "Add to Smart Campaign";

    /// <summary><c>Assign Nurture Content</c>.</summary>
    public const string AssignNurtureContent = "Assign Nurture Content";

    /// <summary><c>Capture Campaign Membership History</c>.</summary>
    public const string CaptureCampaignMembershipHistory = "Capture Campaign Membership History";

    /// <summary><c>Capture List Membership History</c>.</summary>
    public const string CaptureListMembershipHistory = "Capture List Membership History";

    /// <summary><c>Change Account Owner</c>.</summary>
    public const string ChangeAccountOwner = "Change Account Owner";

    /// <summary><c>Change Attribute Datatype</c>.</summary>
    public const string ChangeAttributeDatatype = "Change Attribute Datatype";

    /// <summary><c>Change CRM User</c>.</summary>
    public const string ChangeCrmUser = "Change CRM User";

    /// <summary><c>Change Custom Object</c>.</summary>
    public const string ChangeCustomObject = "Change Custom Object";

    /// <summary><c>Change Data Value</c>.</summary>
    public const string ChangeDataValue = "Change Data Value";

    /// <summary><c>Change Nurture Cadence</c>.</summary>
    public const string ChangeNurtureCadence = "Change Nurture Cadence";

    /// <summary><c>Change Nurture Exhausted</c>.</summary>
    public const string ChangeNurtureExhausted = "Change Nurture Exhausted";

    /// <summary><c>Change Nurture Track</c>.</summary>
    public const string ChangeNurtureTrack = "Change Nurture Track";

    /// <summary><c>Change Owner</c>.</summary>
    public const string ChangeOwner = "Change Owner";

    /// <summary><c>Change Program Data</c>.</summary>
    public const string ChangeProgramData = "Change Program Data";

    /// <summary><c>Change Revenue Stage</c>.</summary>
    public const string ChangeRevenueStage = "Change Revenue Stage";

    /// <summary><c>Change Revenue Stage Manually</c>.</summary>
    public const string ChangeRevenueStageManually = "Change Revenue Stage Manually";

    /// <summary><c>Change Score</c>.</summary>
    public const string ChangeScore = "Change Score";

    /// <summary><c>Change Segment</c>.</summary>
    public const string ChangeSegment = "Change Segment";

    /// <summary><c>Change Status in Progression</c>.</summary>
    public const string ChangeStatusInProgression = "Change Status in Progression";

    /// <summary><c>Change Status in SFDC Campaign</c>.</summary>
    public const string ChangeStatusInSfdcCampaign = "Change Status in SFDC Campaign";

    /// <summary><c>Click Email</c>.</summary>
    public const string ClickEmail = "Click Email";

    /// <summary><c>Click Link</c>.</summary>
    public const string ClickLink = "Click Link";

    /// <summary><c>Click Sales Email</c>.</summary>
    public const string ClickSalesEmail = "Click Sales Email";

    /// <summary><c>Click Shared Link</c>.</summary>
    public const string ClickSharedLink = "Click Shared Link";

    /// <summary><c>Convert Lead</c>.</summary>
    public const string ConvertLead = "Convert Lead";

    /// <summary><c>Create Task</c>.</summary>
    public const string CreateTask = "Create Task";

    /// <summary><c>Delete Lead from SFDC</c>.</summary>
    public const string DeleteLeadFromSfdc = "Delete Lead from SFDC";

    /// <summary><c>Email Bounced</c>.</summary>
    public const string EmailBounced = "Email Bounced";

    /// <summary><c>Email Bounced Soft</c>.</summary>
    public const string EmailBouncedSoft = "Email Bounced Soft";

    /// <summary><c>Email Delivered</c>.</summary>
    public const string EmailDelivered = "Email Delivered";

    /// <summary><c>Enrich with Data.com</c>.</summary>
    public const string EnrichWithDataCom = "Enrich with Data.com";

    /// <summary><c>Fill Out Form</c>.</summary>
    public const string FillOutForm = "Fill Out Form";

    /// <summary><c>Interesting Moment</c>.</summary>
    public const string InterestingMoment = "Interesting Moment";

    /// <summary><c>Lead Assigned</c>.</summary>
    public const string LeadAssigned = "Lead Assigned";

    /// <summary><c>Merge Leads</c>.</summary>
    public const string MergeLeads = "Merge Leads";

    /// <summary><c>New Lead</c>.</summary>
    public const string NewLead = "New Lead";

    /// <summary><c>New SFDC Opportunity</c>.</summary>
    public const string NewSfdcOpportunity = "New SFDC Opportunity";

    /// <summary><c>Nurture Deploy</c>.</summary>
    public const string NurtureDeploy = "Nurture Deploy";

    /// <summary><c>Open Email</c>.</summary>
    public const string OpenEmail = "Open Email";

    /// <summary><c>Open Sales Email</c>.</summary>
    public const string OpenSalesEmail = "Open Sales Email";

    /// <summary><c>Receive Sales Email</c>.</summary>
    public const string ReceiveSalesEmail = "Receive Sales Email";

    /// <summary><c>Received Forward to Friend Email</c>.</summary>
    public const string ReceivedForwardToFriendEmail = "Received Forward to Friend Email";

    /// <summary><c>Remove from Flow</c>.</summary>
    public const string RemoveFromFlow = "Remove from Flow";

    /// <summary><c>Remove from List</c>.</summary>
    public const string RemoveFromList = "Remove from List";

    /// <summary><c>Remove from Opportunity</c>.</summary>
    public const string RemoveFromOpportunity = "Remove from Opportunity";

    /// <summary><c>Remove from SFDC Campaign</c>.</summary>
    public const string RemoveFromSfdcCampaign = "Remove from SFDC Campaign";

    /// <summary><c>Request Campaign</c>.</summary>
    public const string RequestCampaign = "Request Campaign";

    /// <summary><c>Reward Test Group Variant</c>.</summary>
    public const string RewardTestGroupVariant = "Reward Test Group Variant";

    /// <summary><c>Sales Email Bounced</c>.</summary>
    public const string SalesEmailBounced = "Sales Email Bounced";

    /// <summary><c>Segmentation Approval</c>.</summary>
    public const string SegmentationApproval = "Segmentation Approval";

    /// <summary><c>Send Alert</c>.</summary>
    public const string SendAlert = "Send Alert";

    /// <summary><c>Send Email</c>.</summary>
    public const string SendEmail = "Send Email";

    /// <summary><c>Send Sales Email</c>.</summary>
    public const string SendSalesEmail = "Send Sales Email";

    /// <summary><c>Sent Forward to Friend Email</c>.</summary>
    public const string SentForwardToFriendEmail = "Sent Forward to Friend Email";

    /// <summary><c>SFDC Activity</c>.</summary>
    public const string SfdcActivity = "SFDC Activity";

    /// <summary><c>SFDC Activity Updated</c>.</summary>
    public const string SfdcActivityUpdated = "SFDC Activity Updated";

    /// <summary><c>SFDC Merge Leads</c>.</summary>
    public const string SfdcMergeLeads = "SFDC Merge Leads";

    /// <summary><c>Share Content</c>.</summary>
    public const string ShareContent = "Share Content";

    /// <summary><c>Sync Lead to SFDC</c>.</summary>
    public const string SyncLeadToSfdc = "Sync Lead to SFDC";

    /// <summary><c>Sync Lead Updates to SFDC</c>.</summary>
    public const string SyncLeadUpdatesToSfdc = "Sync Lead Updates to SFDC";

    /// <summary><c>Unsubscribe Email</c>.</summary>
    public const string UnsubscribeEmail = "Unsubscribe Email";

    /// <summary><c>Update Opportunity</c>.</summary>
    public const string UpdateOpportunity = "Update Opportunity";

    /// <summary><c>Visit Webpage</c>.</summary>
    public const string VisitWebpage = "Visit Webpage";
}
