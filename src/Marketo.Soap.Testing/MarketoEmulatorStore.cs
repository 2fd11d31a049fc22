using System.Collections.Immutable;
using System.Globalization;
using Marketo.Soap.Testing.Internal;

namespace Marketo.Soap.Testing;

/// <summary>
/// The emulated instance's data: leads, programs, opportunities and opportunity person roles, plus
/// the lead fields and tag types the instance knows. Seed it before a call and read it after.
/// </summary>
/// <remarks>
/// Thread-safe. Every read returns a snapshot; every SOAP call changes the store as one step, so a
/// test never sees half of a call. Ids start at 1 and only increase; an explicitly seeded id is
/// never handed out again.
/// </remarks>
public sealed partial class MarketoEmulatorStore
{
    private static readonly HashSet<string> ForeignSystemTypes = new(["CUSTOM", "SFDC", "NETSUITE"], StringComparer.Ordinal);

    private readonly SortedDictionary<int, StoredLead> _leads = [];

    // Email is the usual match key, so every lead sync looks leads up by it: an index keeps a large
    // store (a bulk test or benchmark holds tens of thousands) from being scanned once per record.
    private readonly Dictionary<string, SortedSet<int>> _leadIdsByEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedDictionary<int, StoredProgram> _programs = [];
    private readonly SortedDictionary<int, StoredOpportunity> _opportunities = [];
    private readonly SortedDictionary<int, StoredOpportunityPersonRole> _roles = [];
    private readonly HashSet<string> _leadFields = new(StandardLeadFields.Names, StringComparer.Ordinal);
    private readonly Dictionary<string, string> _customLeadFieldTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _tagTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<int, DateTimeOffset> _leadUpdatedAt = [];
    private readonly SortedDictionary<int, StoredStaticList> _staticLists = [];
    private IdSequence _staticListIds = new();
    private readonly SortedDictionary<int, StoredCampaign> _campaigns = [];
    private readonly List<StoredCampaignRun> _campaignRuns = [];
    private IdSequence _campaignIds = new();
    private IdSequence _leadIds = new();
    private IdSequence _programIds = new();
    private IdSequence _costIds = new();
    private IdSequence _opportunityIds = new();
    private IdSequence _roleIds = new();
    private readonly SortedDictionary<string, StoredChannel> _channels = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ListImport> _imports = [];

    /// <summary>Creates an empty store that knows Marketo's standard lead fields and no tag types.</summary>
    public MarketoEmulatorStore()
    {
    }

    /// <summary>Every lead, by increasing id.</summary>
    public IReadOnlyList<StoredLead> Leads => Snapshot(_leads);

    /// <summary>Every program, by increasing id.</summary>
    public IReadOnlyList<StoredProgram> Programs => Snapshot(_programs);

    /// <summary>Every static list, by increasing id.</summary>
    public IReadOnlyList<StoredStaticList> StaticLists => Snapshot(_staticLists);

    /// <summary>Every smart campaign, by increasing id.</summary>
    public IReadOnlyList<StoredCampaign> Campaigns => Snapshot(_campaigns);

    /// <summary>Every campaign run requestCampaign and scheduleCampaign asked for, oldest first.</summary>
    public IReadOnlyList<StoredCampaignRun> CampaignRuns
    {
        get
        {
            lock (Gate)
            {
                return [.. _campaignRuns];
            }
        }
    }

    /// <summary>Every opportunity, by increasing id.</summary>
    public IReadOnlyList<StoredOpportunity> Opportunities => Snapshot(_opportunities);

    /// <summary>Every opportunity person role, by increasing id.</summary>
    public IReadOnlyList<StoredOpportunityPersonRole> OpportunityPersonRoles => Snapshot(_roles);

    /// <summary>
    /// The lead fields syncMultipleLeads accepts, by exact API name. Starts with Marketo's standard
    /// fields (<c>Email</c>, <c>FirstName</c>, <c>Company</c>, <c>Phone</c> and so on).
    /// </summary>
    public IReadOnlySet<string> LeadFields
    {
        get
        {
            lock (Gate)
            {
                return _leadFields.ToImmutableHashSet(StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The custom lead fields added to the store, by exact API name, with their data types (<c>string</c> for those added without one).</summary>
    public IReadOnlyDictionary<string, string> CustomLeadFields
    {
        get
        {
            lock (Gate)
            {
                return _customLeadFieldTypes.ToImmutableDictionary(StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The tag types programs can carry, each with its allowed values. Starts empty.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TagTypes
    {
        get
        {
            lock (Gate)
            {
                return _tagTypes.ToImmutableDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value], StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The clock that stamps when a lead was last updated; the emulator's own clock.</summary>
    internal TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Counts <see cref="Clear"/>s, so that a stream position handed out before one is known to be stale.</summary>
    internal int Generation { get; private set; }

    /// <summary>What calls did to leads, read by getLeadActivity and getLeadChanges; guarded by <see cref="Gate"/>.</summary>
    internal ActivityLog Activities { get; } = new();

    /// <summary>Guards every read and write; a SOAP call holds it for the whole call.</summary>
    internal Lock Gate { get; } = new();

    /// <summary>Adds custom lead fields, as an admin of an instance would. Names are case-sensitive; adding a known name does nothing.</summary>
    /// <param name="names">The fields' API names.</param>
    /// <exception cref="ArgumentException">A name is null or blank.</exception>
    public void AddLeadFields(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(names));
        }

        foreach (var name in names)
        {
            AddLeadField(name, "string");
        }
    }

    /// <summary>
    /// Adds a custom lead field with its data type, as an admin of an instance would; syncMultipleLeads
    /// then accepts it. Values are kept as the text sent, whatever the type. Adding a known name keeps its first type.
    /// </summary>
    /// <param name="name">The field's API name, for example <c>Lead_Score__c</c>. Case-sensitive.</param>
    /// <param name="dataType">Marketo's data type, for example <c>string</c>, <c>integer</c> or <c>dateTime</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="dataType"/> is null or blank.</exception>
    public void AddLeadField(string name, string dataType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataType);
        lock (Gate)
        {
            if (_leadFields.Add(name))
            {
                _customLeadFieldTypes[name] = dataType;
            }
        }
    }

    /// <summary>Empties the store: no leads, programs, opportunities, roles, custom lead fields, tag types, channels, imports or custom objects, and ids start again at 1.</summary>
    public void Clear()
    {
        lock (Gate)
        {
            _leads.Clear();
            _leadIdsByEmail.Clear();
            // Stryker disable once Statement : a time is read only for a lead in the store, and ids start again at 1, so each new lead's save writes its time over a stale one.
            _leadUpdatedAt.Clear();
            Activities.Clear();
            _staticLists.Clear();
            _staticListIds = new();
            _campaigns.Clear();
            _campaignRuns.Clear();
            _campaignIds = new();
            Generation++;
            _programs.Clear();
            _opportunities.Clear();
            _roles.Clear();
            _leadFields.Clear();
            _leadFields.UnionWith(StandardLeadFields.Names);
            _customLeadFieldTypes.Clear();
            _tagTypes.Clear();
            _leadIds = new();
            _programIds = new();
            _costIds = new();
            _opportunityIds = new();
            _roleIds = new();
            _channels.Clear();
            foreach (var import in _imports)
            {
                import.Timer?.Dispose();
            }

            _imports.Clear();
            ClearCustomObjectsLocked();
        }
    }

    /// <summary>
    /// Defines a tag type (or the channel) with the values programs may carry, or adds values to an
    /// existing one. syncMObjects cannot create tags: a <c>Tag</c> naming an unknown type or value fails.
    /// </summary>
    /// <param name="type">The tag type, for example <c>Region</c> or <c>Channel</c>. Case-sensitive.</param>
    /// <param name="values">The allowed values, for example <c>EMEA</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> or a value is null or blank.</exception>
    public void AddTagType(string type, params string[] values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(values));
        }

        lock (Gate)
        {
            if (!_tagTypes.TryGetValue(type, out var known))
            {
                _tagTypes[type] = known = [];
            }

            known.AddRange(values.Where(v => !known.Contains(v, StringComparer.Ordinal)));
        }
    }

    /// <summary>Every program channel, by name (ignoring case), with its progression statuses. Starts empty.</summary>
    public IReadOnlyList<StoredChannel> Channels
    {
        get
        {
            lock (Gate)
            {
                return [.. _channels.Values];
            }
        }
    }

    /// <summary>
    /// Adds a program channel, which getChannels reports and which programs may then carry as their
    /// <c>Channel</c> tag. A channel is created whole, as an admin of an instance would.
    /// </summary>
    /// <param name="channel">The channel and its statuses.</param>
    /// <returns>The channel as stored.</returns>
    /// <exception cref="ArgumentException">The name is blank or already taken (ignoring case), a status name is blank or repeated, or an extra pair is named <c>Status</c>, <c>Step</c> or <c>Success</c>.</exception>
    public StoredChannel AddChannel(StoredChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(channel.Name, nameof(channel));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var status in channel.Statuses)
        {
            ArgumentNullException.ThrowIfNull(status, nameof(channel));
            if (string.IsNullOrWhiteSpace(status.Name) || !names.Add(status.Name))
            {
                throw new ArgumentException($"Channel {channel.Name} has a blank or repeated status name '{status.Name}'.", nameof(channel));
            }

            if (status.Attributes.Keys.FirstOrDefault(k => k is "Status" or "Step" or "Success" || string.IsNullOrWhiteSpace(k)) is { } reserved)
            {
                throw new ArgumentException($"Status {status.Name} of channel {channel.Name} has an extra pair named '{reserved}'; Status, Step and Success are its own properties.", nameof(channel));
            }
        }

        lock (Gate)
        {
            if (_channels.ContainsKey(channel.Name))
            {
                throw new ArgumentException($"Channel {channel.Name} already exists.", nameof(channel));
            }

            var stored = channel with
            {
                Statuses = [.. channel.Statuses.Select(s => s with { Attributes = s.Attributes.ToImmutableDictionary(StringComparer.Ordinal) })],
            };
            _channels[stored.Name] = stored;
            return stored;
        }
    }

    /// <summary>Adds a lead.</summary>
    /// <param name="lead">The lead; an <see cref="StoredLead.Id"/> of 0 gets the next free id.</param>
    /// <returns>The lead as stored, with its id.</returns>
    /// <exception cref="ArgumentException">The id is negative or taken, an attribute is named <c>Email</c>, or a foreign person id is malformed or held by another lead.</exception>
    public StoredLead AddLead(StoredLead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        lock (Gate)
        {
            CheckNewId(lead.Id, _leads, "lead", nameof(lead));
            if (lead.Attributes.ContainsKey("Email"))
            {
                throw new ArgumentException("Set the lead's email with StoredLead.Email, not as an attribute.", nameof(lead));
            }

            foreach (var foreign in lead.ForeignPersonIds)
            {
                if (foreign is null || !ForeignSystemTypes.Contains(foreign.SystemType) || string.IsNullOrEmpty(foreign.Id))
                {
                    throw new ArgumentException("A foreign person id needs an Id and a SystemType of CUSTOM, SFDC or NETSUITE.", nameof(lead));
                }

                if (FindLeadByForeignIdLocked(foreign) is { } holder)
                {
                    throw new ArgumentException(Invariant($"Lead {holder.Id} already holds foreign person id {foreign.SystemType}/{foreign.Id}."), nameof(lead));
                }
            }

            return SaveLeadLocked(lead with { ForeignPersonIds = [.. lead.ForeignPersonIds], Attributes = lead.Attributes.ToImmutableDictionary(StringComparer.Ordinal) });
        }
    }

    /// <summary>Finds a lead by id.</summary>
    /// <param name="id">Marketo's id of the lead.</param>
    /// <returns>The lead, or <see langword="null"/> when no lead has that id.</returns>
    public StoredLead? FindLead(int id)
    {
        lock (Gate)
        {
            return _leads.GetValueOrDefault(id);
        }
    }

    /// <summary>Finds every lead with an email address, ignoring case, by increasing id. More than one exists after a call with <c>dedupEnabled</c> false.</summary>
    /// <param name="email">The address.</param>
    /// <returns>The matching leads; empty when there are none.</returns>
    public IReadOnlyList<StoredLead> FindLeadsByEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        lock (Gate)
        {
            return _leadIdsByEmail.TryGetValue(email, out var ids) ? [.. ids.Select(id => _leads[id])] : [];
        }
    }

    /// <summary>Adds a static list, so that calls can read and change its members.</summary>
    /// <param name="list">The list; an id of 0 gets the next free id.</param>
    /// <returns>The list as stored, with its id.</returns>
    /// <exception cref="ArgumentException">The id is negative or taken, the name is blank, or a member is not a stored lead.</exception>
    public StoredStaticList AddStaticList(StoredStaticList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        lock (Gate)
        {
            CheckNewId(list.Id, _staticLists, "static list", nameof(list));
            ArgumentException.ThrowIfNullOrWhiteSpace(list.Name, nameof(list));
            if (list.LeadIds.FirstOrDefault(id => !_leads.ContainsKey(id)) is var missing and not 0)
            {
                throw new ArgumentException(Invariant($"Lead {missing} is not in the store."), nameof(list));
            }

            return SaveStaticListLocked(list with { LeadIds = [.. list.LeadIds.Distinct()] });
        }
    }

    /// <summary>Finds a static list by id.</summary>
    /// <param name="id">Marketo's id of the list.</param>
    /// <returns>The list, or <see langword="null"/> when no list has that id.</returns>
    public StoredStaticList? FindStaticList(int id) => Find(_staticLists, id);

    /// <summary>Adds a smart campaign, so that calls can list, request and schedule it.</summary>
    /// <param name="campaign">The campaign; an id of 0 gets the next free id.</param>
    /// <returns>The campaign as stored, with its id.</returns>
    /// <exception cref="ArgumentException">The id is negative or taken, the name is blank, or a source is not <c>MKTOWS</c> or <c>SALES</c>.</exception>
    public StoredCampaign AddCampaign(StoredCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        lock (Gate)
        {
            CheckNewId(campaign.Id, _campaigns, "campaign", nameof(campaign));
            ArgumentException.ThrowIfNullOrWhiteSpace(campaign.Name, nameof(campaign));
            if (campaign.Sources.Any(s => s is not ("MKTOWS" or "SALES")))
            {
                throw new ArgumentException("A campaign's sources are MKTOWS and SALES.", nameof(campaign));
            }

            var stored = campaign with { Sources = [.. campaign.Sources.Distinct()] };
            return Save(_campaigns, _campaignIds, stored, stored.Id, id => stored with { Id = id });
        }
    }

    /// <summary>Finds a smart campaign by id.</summary>
    /// <param name="id">Marketo's id of the campaign.</param>
    /// <returns>The campaign, or <see langword="null"/> when no campaign has that id.</returns>
    public StoredCampaign? FindCampaign(int id) => Find(_campaigns, id);

    /// <summary>Adds a program, so that syncMObjects can update it.</summary>
    /// <param name="program">The program; an id of 0 gets the next free id, and so does a cost with id 0.</param>
    /// <returns>The program as stored, with its id and its costs' ids.</returns>
    /// <exception cref="ArgumentException">An id is negative or taken, a tag is not a known tag type and value, or a token is not named <c>{{…}}</c>.</exception>
    public StoredProgram AddProgram(StoredProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        lock (Gate)
        {
            CheckNewId(program.Id, _programs, "program", nameof(program));
            foreach (var (type, value) in program.Tags)
            {
                if (!IsKnownTagLocked(type, value))
                {
                    throw new ArgumentException($"Tag {type} = {value} is not a known tag type and value; add it with AddTagType first.", nameof(program));
                }
            }

            CheckProgramTokens(program);
            var seededCostIds = new HashSet<int>();
            foreach (var cost in program.Costs)
            {
                ArgumentNullException.ThrowIfNull(cost, nameof(program));
                if (cost.Id < 0 || (cost.Id != 0 && (!seededCostIds.Add(cost.Id) || CostIdTakenLocked(cost.Id))))
                {
                    throw new ArgumentException(Invariant($"Cost id {cost.Id} is negative or already taken."), nameof(program));
                }
            }

            // Explicit cost ids first, so a generated one never collides with one seeded later in the list.
            foreach (var id in seededCostIds)
            {
                _costIds.Saw(id);
            }

            var stored = program with
            {
                Costs = [.. program.Costs.Select(c => c.Id == 0 ? c with { Id = _costIds.Next() } : c)],
                Tags = program.Tags.ToImmutableDictionary(StringComparer.Ordinal),
                Tokens = program.Tokens.ToImmutableDictionary(StringComparer.Ordinal),
            };
            return SaveProgramLocked(stored);
        }
    }

    /// <summary>Finds a program by id.</summary>
    /// <param name="id">Marketo's id of the program.</param>
    /// <returns>The program, or <see langword="null"/> when no program has that id.</returns>
    public StoredProgram? FindProgram(int id)
    {
        lock (Gate)
        {
            return _programs.GetValueOrDefault(id);
        }
    }

    /// <summary>Adds an opportunity.</summary>
    /// <param name="opportunity">The opportunity; an id of 0 gets the next free id.</param>
    /// <returns>The opportunity as stored, with its id.</returns>
    /// <exception cref="ArgumentException">The id is negative or taken.</exception>
    public StoredOpportunity AddOpportunity(StoredOpportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        lock (Gate)
        {
            CheckNewId(opportunity.Id, _opportunities, "opportunity", nameof(opportunity));
            return SaveOpportunityLocked(opportunity with { Attributes = opportunity.Attributes.ToImmutableDictionary(StringComparer.Ordinal) });
        }
    }

    /// <summary>Finds an opportunity by id.</summary>
    /// <param name="id">Marketo's id of the opportunity.</param>
    /// <returns>The opportunity, or <see langword="null"/> when no opportunity has that id.</returns>
    public StoredOpportunity? FindOpportunity(int id)
    {
        lock (Gate)
        {
            return _opportunities.GetValueOrDefault(id);
        }
    }

    /// <summary>Adds an opportunity person role between a stored opportunity and a stored lead.</summary>
    /// <param name="role">The role; an id of 0 gets the next free id.</param>
    /// <returns>The role as stored, with its id.</returns>
    /// <exception cref="ArgumentException">The id is negative or taken, or the opportunity or the lead does not exist.</exception>
    public StoredOpportunityPersonRole AddOpportunityPersonRole(StoredOpportunityPersonRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        lock (Gate)
        {
            CheckNewId(role.Id, _roles, "opportunity person role", nameof(role));
            if (!_opportunities.ContainsKey(role.OpportunityId) || !_leads.ContainsKey(role.PersonId))
            {
                throw new ArgumentException(Invariant($"Opportunity {role.OpportunityId} and lead {role.PersonId} must both exist."), nameof(role));
            }

            return SaveRoleLocked(role with { Attributes = role.Attributes.ToImmutableDictionary(StringComparer.Ordinal) });
        }
    }

    /// <summary>Finds an opportunity person role by id.</summary>
    /// <param name="id">Marketo's id of the role.</param>
    /// <returns>The role, or <see langword="null"/> when no role has that id.</returns>
    public StoredOpportunityPersonRole? FindOpportunityPersonRole(int id)
    {
        lock (Gate)
        {
            return _roles.GetValueOrDefault(id);
        }
    }

    // The members below serve the SOAP operations, which hold Gate for a whole call.

    internal bool IsKnownLeadFieldLocked(string name) => _leadFields.Contains(name);

    internal bool IsKnownTagLocked(string type, string value) =>
        (_tagTypes.TryGetValue(type, out var values) && values.Contains(value, StringComparer.Ordinal))
        || (type == ChannelTagType && _channels.ContainsKey(value));

    /// <summary>The tag type a program's channel is carried as; getTags lists every other type.</summary>
    internal const string ChannelTagType = "Channel";

    internal IEnumerable<StoredChannel> ChannelsLocked => _channels.Values;

    internal IReadOnlyCollection<string> CustomLeadFieldsLocked => _customLeadFieldTypes.Keys;

    internal IEnumerable<KeyValuePair<string, List<string>>> TagTypesLocked => _tagTypes;

    internal void AddImportLocked(ListImport import) => _imports.Add(import);

    /// <summary>The latest import into a list, or <see langword="null"/> when there was none.</summary>
    internal ListImport? LatestImportLocked(int listId) => _imports.LastOrDefault(i => i.ListId == listId);

    internal StoredLead? FindLeadLocked(int id) => _leads.GetValueOrDefault(id);

    /// <summary>Every lead by increasing id, without a copy: for reads inside a call.</summary>
    internal IEnumerable<StoredLead> LeadsLocked => _leads.Values;

    /// <summary>When the lead was created or last changed, by the emulator's clock.</summary>
    internal DateTimeOffset LeadUpdatedAtLocked(int id) => _leadUpdatedAt.GetValueOrDefault(id);

    /// <summary>A lead field's data type as answers write it in <c>attrType</c>.</summary>
    internal string LeadFieldTypeLocked(string name) =>
        _customLeadFieldTypes.GetValueOrDefault(name) ?? StandardLeadFields.TypeOf(name);

    /// <summary>The most recently created lead with the address: the one an email match updates (an emulator assumption).</summary>
    internal StoredLead? FindNewestLeadByEmailLocked(string email) =>
        _leadIdsByEmail.TryGetValue(email, out var ids) ? _leads[ids.Max] : null;

    internal StoredLead? FindLeadByForeignIdLocked(ForeignPersonId id) =>
        _leads.Values.FirstOrDefault(l => l.ForeignPersonIds.Contains(id));

    internal StoredLead? FindNewestLeadByAttributeLocked(string name, string value) =>
        _leads.Values.LastOrDefault(l => l.Attributes.TryGetValue(name, out var v) && v == value);

    internal StoredLead SaveLeadLocked(StoredLead lead)
    {
        var previousEmail = _leads.GetValueOrDefault(lead.Id)?.Email;
        var saved = Save(_leads, _leadIds, lead, lead.Id, id => lead with { Id = id });
        ReindexEmail(saved.Id, previousEmail, saved.Email);
        _leadUpdatedAt[saved.Id] = Clock.GetUtcNow();
        return saved;
    }

    private void ReindexEmail(int id, string? previousEmail, string? email)
    {
        if (previousEmail is not null && string.Equals(previousEmail, email, StringComparison.Ordinal))
        {
            // Most saves keep the address: the lead stays where the index has it.
            return;
        }

        if (previousEmail is not null && _leadIdsByEmail.TryGetValue(previousEmail, out var previous))
        {
            previous.Remove(id);
            if (previous.Count == 0)
            {
                _leadIdsByEmail.Remove(previousEmail);
            }
        }

        if (email is not null)
        {
            if (!_leadIdsByEmail.TryGetValue(email, out var ids))
            {
                _leadIdsByEmail[email] = ids = [];
            }

            ids.Add(id);
        }
    }

    /// <summary>Removes a lead merged into another: its list memberships and opportunity roles pass to the winner.</summary>
    internal void RemoveLeadLocked(int id, int mergedInto)
    {
        var lead = _leads[id];
        _leads.Remove(id);
        // Stryker disable once Statement : a time is read only for a lead in the store; this one is gone and its id is never handed out again.
        _leadUpdatedAt.Remove(id);
        ReindexEmail(id, lead.Email, null);
        foreach (var list in _staticLists.Values.Where(l => l.LeadIds.Contains(id)).ToList())
        {
            _staticLists[list.Id] = list with { LeadIds = [.. list.LeadIds.Select(m => m == id ? mergedInto : m).Distinct()] };
        }

        foreach (var role in _roles.Values.Where(r => r.PersonId == id).ToList())
        {
            _roles[role.Id] = role with { PersonId = mergedInto };
        }
    }

    internal StoredStaticList? FindStaticListLocked(int id) => _staticLists.GetValueOrDefault(id);

    /// <summary>List names are matched ignoring case, as Marketo's asset names are (an emulator assumption).</summary>
    internal StoredStaticList? FindStaticListByNameLocked(string name) =>
        _staticLists.Values.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));

    internal StoredStaticList SaveStaticListLocked(StoredStaticList list) =>
        Save(_staticLists, _staticListIds, list, list.Id, id => list with { Id = id });

    internal IEnumerable<StoredCampaign> CampaignsLocked => _campaigns.Values;

    internal StoredCampaign? FindCampaignLocked(int id) => _campaigns.GetValueOrDefault(id);

    internal void AddCampaignRunLocked(StoredCampaignRun run) => _campaignRuns.Add(run);

    internal StoredProgram? FindProgramLocked(int id) => _programs.GetValueOrDefault(id);

    internal StoredProgram SaveProgramLocked(StoredProgram program) => Save(_programs, _programIds, program, program.Id, id => program with { Id = id });

    internal int NextCostIdLocked() => _costIds.Next();

    internal StoredOpportunity? FindOpportunityLocked(int id) => _opportunities.GetValueOrDefault(id);

    /// <summary>Marketo does not keep external keys unique; with duplicates the most recently added object is used.</summary>
    internal StoredOpportunity? FindNewestOpportunityByExternalKeyLocked(StoredExternalKey key) =>
        _opportunities.Values.LastOrDefault(o => o.ExternalKey == key);

    internal StoredOpportunity SaveOpportunityLocked(StoredOpportunity opportunity) =>
        Save(_opportunities, _opportunityIds, opportunity, opportunity.Id, id => opportunity with { Id = id });

    internal StoredOpportunityPersonRole? FindRoleLocked(int id) => _roles.GetValueOrDefault(id);

    internal StoredOpportunityPersonRole? FindRoleLocked(int opportunityId, int personId) =>
        _roles.Values.FirstOrDefault(r => r.OpportunityId == opportunityId && r.PersonId == personId);

    internal StoredOpportunityPersonRole SaveRoleLocked(StoredOpportunityPersonRole role) => Save(_roles, _roleIds, role, role.Id, id => role with { Id = id });

    // getMObjects, deleteMObjects and describeMObject.

    internal IEnumerable<StoredProgram> ProgramsLocked => _programs.Values;

    internal IEnumerable<StoredOpportunity> OpportunitiesLocked => _opportunities.Values;

    internal IEnumerable<StoredOpportunityPersonRole> RolesLocked => _roles.Values;

    internal IReadOnlyDictionary<string, string> CustomLeadFieldTypesLocked => _customLeadFieldTypes;

    /// <summary>
    /// Removes an opportunity and the roles on it: a role names its opportunity, so one left behind
    /// would name nothing (and a saved state could not be loaded again). Marketo does not document
    /// what becomes of the roles; removing them with the opportunity is the emulator's choice.
    /// </summary>
    /// <returns>Whether the opportunity existed.</returns>
    internal bool RemoveOpportunityLocked(int id)
    {
        if (!_opportunities.Remove(id))
        {
            return false;
        }

        foreach (var roleId in _roles.Values.Where(r => r.OpportunityId == id).Select(r => r.Id).ToList())
        {
            _roles.Remove(roleId);
        }

        return true;
    }

    /// <returns>Whether the role existed.</returns>
    internal bool RemoveRoleLocked(int id) => _roles.Remove(id);

    private static T Save<T>(SortedDictionary<int, T> table, IdSequence ids, T item, int id, Func<int, T> withId)
    {
        if (id == 0)
        {
            id = ids.Next();
            item = withId(id);
        }
        else
        {
            ids.Saw(id);
        }

        table[id] = item;
        return item;
    }

    private bool CostIdTakenLocked(int id) => _programs.Values.Any(p => p.Costs.Any(c => c.Id == id));

    private static void CheckNewId<T>(int id, SortedDictionary<int, T> table, string what, string paramName)
    {
        if (id < 0 || table.ContainsKey(id))
        {
            throw new ArgumentException(Invariant($"The {what} id {id} is negative or already taken; use 0 to get the next free id."), paramName);
        }
    }

    private T? Find<T>(SortedDictionary<int, T> table, int id)
        where T : class
    {
        lock (Gate)
        {
            return table.GetValueOrDefault(id);
        }
    }

    private IReadOnlyList<T> Snapshot<T>(SortedDictionary<int, T> table)
    {
        lock (Gate)
        {
            return [.. table.Values];
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Puts back an activity from a state folder or seed, keeping its id; guarded like every write.</summary>
    /// <exception cref="ArgumentException">The id is negative or taken, or the activity type is blank.</exception>
    internal StoredActivity RestoreActivity(StoredActivity activity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activity.ActivityType, nameof(activity));
        lock (Gate)
        {
            return Activities.Restore(activity);
        }
    }

    /// <summary>Puts back a campaign run from a state folder or seed.</summary>
    /// <exception cref="ArgumentException">The campaign is not in the store, or the operation is neither requestCampaign nor scheduleCampaign.</exception>
    internal void RestoreCampaignRun(StoredCampaignRun run)
    {
        if (run.Operation is not ("requestCampaign" or "scheduleCampaign"))
        {
            throw new ArgumentException($"A campaign run's operation is requestCampaign or scheduleCampaign, not '{run.Operation}'.", nameof(run));
        }

        lock (Gate)
        {
            if (!_campaigns.ContainsKey(run.CampaignId))
            {
                throw new ArgumentException(Invariant($"Campaign {run.CampaignId} is not in the store."), nameof(run));
            }

            _campaignRuns.Add(run with
            {
                LeadIds = [.. run.LeadIds],
                Tokens = run.Tokens.ToImmutableDictionary(StringComparer.Ordinal),
                EffectiveTokens = run.EffectiveTokens.ToImmutableDictionary(StringComparer.Ordinal),
            });
        }
    }

    /// <summary>The program whose name a campaign gives, matched ignoring case as campaign lookups are; null when the store has none.</summary>
    internal StoredProgram? FindProgramByNameLocked(string name) =>
        _programs.Values.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    // Marketo names a token by its full reference, braces included (operations facts §5.3), and
    // programTokenList overrides are matched against those names, so a seed must write them so too.
    private static void CheckProgramTokens(StoredProgram program)
    {
        foreach (var name in program.Tokens.Keys)
        {
            if (name.Length < 5 || !name.StartsWith("{{", StringComparison.Ordinal) || !name.EndsWith("}}", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Token '{name}' must be named in full, braces included, for example {{{{my.message}}}}.", nameof(program));
            }
        }
    }
}
