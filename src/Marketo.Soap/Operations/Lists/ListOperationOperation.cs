using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>listOperation</c>: adds leads to a static list, removes them, or asks whether they are on it.</summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. List membership is a set: adding a lead
/// that is already on the list, or removing one that is not, leaves the list as the first attempt
/// left it, and asking changes nothing. (A repeated remove whose first attempt was applied reports
/// that lead as <c>false</c>, which the caller reads from the statuses.)</para>
/// <para>Only <c>IDNUM</c> lead keys are sent: Marketo's documentation of listOperation allows no
/// other type in <c>listMemberList</c>, and what the server does with another type (refuse it, or
/// match nothing and report success) is not documented, so such keys are refused before sending.</para>
/// </remarks>
internal static class ListOperationOperation
{
    public const string Name = "listOperation";
    private const string ActivityName = "MarketoSoapClient.ListOperation";
    private const string ParamName = "request";

    public static PreparedCall<ListOperationResult> Prepare(ListOperationRequest request)
    {
        // Read once: validation and the body use this copy (see RequestGuard.ReadBatch).
        var leads = Validate(request);
        var body = ToProxy(request, leads);
        return new(
            Name,
            ActivityName,
            leads.Length,
            RepeatSafety.Safe,
            async (port, header) => ToResult((await port.listOperationAsync(new(header, body)).ConfigureAwait(false))?.successListOperation));
    }

    /// <returns>The request's lead keys, copied once from the caller's list and all valid.</returns>
    internal static LeadKey[] Validate(ListOperationRequest request)
    {
        if (!Enum.IsDefined(request.Operation))
        {
            throw RequestGuard.InvalidRequest("The request's Operation is not a defined ListOperationType value.", ParamName, nameof(request.Operation));
        }

        if (request.List is null)
        {
            throw RequestGuard.InvalidRequest("The request has no list.", ParamName, nameof(request.List));
        }

        if (!Enum.IsDefined(request.List.Type))
        {
            throw RequestGuard.InvalidRequest("The request's List.Type is not a defined ListKeyType value.", ParamName, "List.Type");
        }

        RequestGuard.Field(request.List.Value, "List.Value", ParamName, required: true);
        return LeadKeyRules.Validate(request.Leads, ListOperationRequest.MaxLeadsPerCall, type => type == LeadKeyType.Id, "only Id keys (LeadKey.ById)", ParamName, nameof(request.Leads));
    }

    internal static Proxy.ParamsListOperation ToProxy(ListOperationRequest request, LeadKey[] leads) => new()
    {
        listOperation = request.Operation switch
        {
            ListOperationType.AddToList => Proxy.ListOperationType.ADDTOLIST,
            ListOperationType.IsMemberOfList => Proxy.ListOperationType.ISMEMBEROFLIST,
            _ => Proxy.ListOperationType.REMOVEFROMLIST,
        },
        listKey = new Proxy.ListKey
        {
            keyType = request.List.Type switch
            {
                ListKeyType.ListName => Proxy.ListKeyType.MKTOLISTNAME,
                ListKeyType.SalesUserId => Proxy.ListKeyType.MKTOSALESUSERID,
                _ => Proxy.ListKeyType.SFDCLEADOWNERID,
            },
            keyValue = request.List.Value,
        },
        listMemberList = LeadKeyMapping.ToProxy(leads),
        strict = request.Strict,
        strictSpecified = request.Strict.HasValue,
    };

    internal static ListOperationResult ToResult(Proxy.SuccessListOperation? answer)
    {
        var result = AnswerGuard.Required(answer?.result, "result", Name);
        var statuses = result.statusList ?? [];
        var members = new ListMemberStatus[statuses.Length];
        for (var i = 0; i < members.Length; i++)
        {
            var status = AnswerGuard.Status(statuses[i], i, Name);
            var key = AnswerGuard.Required(LeadKeyMapping.FromProxy(status.leadKey), "leadKey", Name);
            members[i] = new ListMemberStatus(key, status.status);
        }

        return new ListOperationResult(result.success, members);
    }
}
