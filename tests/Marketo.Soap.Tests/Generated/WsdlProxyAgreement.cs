using System.Reflection;
using System.ServiceModel;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml.Serialization;

namespace Marketo.Soap.Tests.Generated;

/// <summary>
/// Compares a WSDL with a svcutil-shaped proxy (XmlSerializer format, unwrapped message
/// contracts, task-based operations) and lists every disagreement: operations, soapActions and
/// known types, message parts and headers, complex types, element names, order, occurrence,
/// nillability, form, collapsed ArrayOf wrappers (nested ones too), enum values, and abstract
/// types with the derived types their [XmlInclude]s name. Departures on the allow-list are
/// accepted only where they actually occur; one that no longer occurs is itself a disagreement.
/// </summary>
internal sealed class WsdlProxyAgreement
{
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace WsdlSoap = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    private static readonly Dictionary<XmlTypeCode, Type> BuiltInTypes = new()
    {
        [XmlTypeCode.String] = typeof(string),
        // xs:anySimpleType: XmlSerializer reads and writes it as text.
        [XmlTypeCode.AnyAtomicType] = typeof(string),
        [XmlTypeCode.Int] = typeof(int),
        [XmlTypeCode.Long] = typeof(long),
        [XmlTypeCode.Boolean] = typeof(bool),
        [XmlTypeCode.DateTime] = typeof(DateTime),
        [XmlTypeCode.Decimal] = typeof(decimal),
        [XmlTypeCode.Double] = typeof(double),
    };

    private readonly XElement _definitions;
    private readonly XmlSchemaSet _schemas;
    private readonly string _targetNamespace;
    private readonly IReadOnlyList<ProxyDeparture> _departures;

    private WsdlProxyAgreement(XElement definitions, XmlSchemaSet schemas, IReadOnlyList<ProxyDeparture> departures)
    {
        _definitions = definitions;
        _schemas = schemas;
        _targetNamespace = (string)definitions.Attribute("targetNamespace")!;
        _departures = departures;
    }

    /// <summary>Reads the WSDL and compiles its inline schema; fails if the schema does not compile.</summary>
    public static WsdlProxyAgreement Load(XDocument wsdl, IReadOnlyList<ProxyDeparture> departures)
    {
        var definitions = wsdl.Root!;
        var schemaElement = new XElement(definitions.Element(Wsdl + "types")!.Element(Xs + "schema")!);

        // QNames inside the schema use prefixes declared on wsdl:definitions; carry them over.
        foreach (var declaration in definitions.Attributes().Where(a => a.IsNamespaceDeclaration && schemaElement.Attribute(a.Name) is null))
        {
            schemaElement.Add(new XAttribute(declaration));
        }

        var errors = new List<string>();
        var schemas = new XmlSchemaSet();
        schemas.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        using (var reader = schemaElement.CreateReader())
        {
            schemas.Add(XmlSchema.Read(reader, (_, e) => errors.Add(e.Message))!);
        }

        schemas.Compile();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The WSDL's schema does not compile: " + string.Join("; ", errors));
        }

        return new WsdlProxyAgreement(definitions, schemas, departures);
    }

    /// <summary>Every disagreement between the WSDL and the proxy made of <paramref name="proxyTypes"/>.</summary>
    public IReadOnlyList<string> Compare(IReadOnlyCollection<Type> proxyTypes)
    {
        var run = new Run(this);
        run.CompareServiceContract(proxyTypes);
        run.CompareAccessibility(proxyTypes);
        run.ReportUnreached(proxyTypes);
        run.ReportUnappliedDepartures(onlyForVisitedTypes: false);
        return run.Differences;
    }

    /// <summary>Every disagreement between one schema complex type and one proxy class (and what they reference).</summary>
    public IReadOnlyList<string> CompareType(string complexTypeName, Type proxyType)
    {
        var run = new Run(this);
        var schemaType = (XmlSchemaComplexType)_schemas.GlobalTypes[new XmlQualifiedName(complexTypeName, _targetNamespace)]!;
        run.CompareComplexType(schemaType, proxyType);
        run.ReportUnappliedDepartures(onlyForVisitedTypes: true);
        return run.Differences;
    }

    /// <summary>
    /// The schema's types that no message reaches, directly or through other types: svcutil
    /// emits nothing for them, so the proxy is not expected to have them.
    /// </summary>
    public IReadOnlyList<string> TypesOnNoPath()
    {
        var reached = new HashSet<XmlQualifiedName>();
        var pending = new Stack<XmlSchemaType>(
            _definitions.Elements(Wsdl + "message").Elements(Wsdl + "part")
                .Select(p => _schemas.GlobalElements[QName(p, (string)p.Attribute("element")!)])
                .OfType<XmlSchemaElement>()
                .Select(e => e.ElementSchemaType!));
        while (pending.TryPop(out var type))
        {
            if (type.QualifiedName.Namespace != _targetNamespace || !reached.Add(type.QualifiedName))
            {
                continue;
            }

            if (type is XmlSchemaComplexType complex)
            {
                foreach (var next in (Sequence(complex) ?? []).Select(e => e.ElementSchemaType!).Concat(DerivedTypes(complex)))
                {
                    pending.Push(next);
                }
            }
        }

        return [.. _schemas.GlobalTypes.Values.Cast<XmlSchemaType>()
            .Where(t => t.QualifiedName.Namespace == _targetNamespace && !reached.Contains(t.QualifiedName))
            .Select(t => t.QualifiedName.Name)
            .Order(StringComparer.Ordinal)];
    }

    private static XmlQualifiedName QName(XElement context, string prefixed)
    {
        var colon = prefixed.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? string.Empty : prefixed[..colon];
        var ns = prefix.Length == 0 ? context.GetDefaultNamespace() : context.GetNamespaceOfPrefix(prefix);
        return new XmlQualifiedName(prefixed[(colon + 1)..], ns?.NamespaceName ?? string.Empty);
    }

    private static T? Attr<T>(ICustomAttributeProvider provider)
        where T : Attribute => provider.GetCustomAttributes(typeof(T), inherit: false).OfType<T>().FirstOrDefault();

    /// <summary>The elements of a complex type's content in order (a derived type's own after its base's), or null if it is not a plain sequence.</summary>
    private static List<XmlSchemaElement>? Sequence(XmlSchemaComplexType type) => type.ContentTypeParticle switch
    {
        XmlSchemaSequence sequence => Flatten(sequence),
        _ when type.ContentType == XmlSchemaContentType.Empty => [],
        _ => null,
    };

    private static List<XmlSchemaElement>? Flatten(XmlSchemaSequence sequence)
    {
        var elements = new List<XmlSchemaElement>();
        foreach (var item in sequence.Items)
        {
            switch (item)
            {
                case XmlSchemaElement element:
                    elements.Add(element);
                    break;
                case XmlSchemaSequence nested when Flatten(nested) is { } inner:
                    elements.AddRange(inner);
                    break;
                default:
                    return null;
            }
        }

        return elements;
    }

    private IEnumerable<XmlSchemaComplexType> DerivedTypes(XmlSchemaComplexType type) =>
        _schemas.GlobalTypes.Values.OfType<XmlSchemaComplexType>()
            .Where(t => t.DerivedBy == XmlSchemaDerivationMethod.Extension && t.BaseXmlSchemaType?.QualifiedName == type.QualifiedName)
            .OrderBy(t => t.QualifiedName.Name, StringComparer.Ordinal);

    private static bool IsArrayWrapper(XmlSchemaType type, out XmlSchemaElement item)
    {
        item = null!;
        if (type is XmlSchemaComplexType { ContentTypeParticle: XmlSchemaSequence { Items.Count: 1 } sequence, AttributeUses.Count: 0 }
            && sequence.Items[0] is XmlSchemaElement { MaxOccurs: > 1 } only)
        {
            item = only;
            return true;
        }

        return false;
    }

    /// <summary>One comparison: what was visited and applied, and the differences found.</summary>
    private sealed class Run(WsdlProxyAgreement agreement)
    {
        private readonly HashSet<(XmlQualifiedName, Type)> _compared = [];
        private readonly HashSet<XmlQualifiedName> _visitedSchemaTypes = [];
        private readonly HashSet<Type> _reachedTypes = [];
        private readonly HashSet<ProxyDeparture> _applied = [];

        public List<string> Differences { get; } = [];

        private string Tns => agreement._targetNamespace;

        public void CompareServiceContract(IReadOnlyCollection<Type> proxyTypes)
        {
            var contracts = proxyTypes.Where(t => t.IsInterface && Attr<ServiceContractAttribute>(t) is not null).ToList();
            var portTypes = agreement._definitions.Elements(Wsdl + "portType").ToList();
            if (contracts.Count != 1 || portTypes.Count != 1)
            {
                Differences.Add($"expected one portType and one service contract, found {portTypes.Count} and {contracts.Count}");
                return;
            }

            var (contract, portType) = (contracts[0], portTypes[0]);
            _reachedTypes.Add(contract);
            var contractAttribute = Attr<ServiceContractAttribute>(contract)!;
            var portTypeName = (string)portType.Attribute("name")!;
            if ((contractAttribute.Name ?? contract.Name) != portTypeName)
            {
                Differences.Add($"portType {portTypeName}: the service contract is {contractAttribute.Name ?? contract.Name}");
            }

            if (contractAttribute.Namespace != Tns)
            {
                Differences.Add($"portType {portTypeName}: the service contract's namespace is {contractAttribute.Namespace}, not {Tns}");
            }

            var binding = agreement._definitions.Elements(Wsdl + "binding").Single(b => QName(b, (string)b.Attribute("type")!).Name == portTypeName);
            var methods = contract.GetMethods()
                .Select(m => (Method: m, Contract: Attr<OperationContractAttribute>(m)))
                .Where(m => m.Contract is not null)
                .ToDictionary(m => m.Contract!.Name ?? m.Method.Name.Replace("Async", string.Empty, StringComparison.Ordinal), m => (m.Method, m.Contract!));
            var operations = portType.Elements(Wsdl + "operation").ToDictionary(o => (string)o.Attribute("name")!);

            foreach (var missing in operations.Keys.Except(methods.Keys))
            {
                Differences.Add($"operation {missing}: in the WSDL, not in the proxy");
            }

            foreach (var extra in methods.Keys.Except(operations.Keys))
            {
                Differences.Add($"operation {extra}: in the proxy, not in the WSDL");
            }

            foreach (var name in operations.Keys.Intersect(methods.Keys).Order(StringComparer.Ordinal))
            {
                var bound = binding.Elements(Wsdl + "operation").Single(o => (string)o.Attribute("name")! == name);
                CompareOperation(name, operations[name], bound, methods[name].Method, methods[name].Item2);
            }
        }

        public void CompareComplexType(XmlSchemaComplexType schemaType, Type proxyType)
        {
            var typeName = schemaType.QualifiedName;
            _visitedSchemaTypes.Add(typeName);
            if (!_compared.Add((typeName, proxyType)))
            {
                return;
            }

            _reachedTypes.Add(proxyType);
            CompareXmlTypeName(typeName, proxyType);
            if (schemaType.AttributeUses.Count > 0)
            {
                Differences.Add($"{typeName.Name}: has XML attributes, which this comparison does not cover");
            }

            CompareDerivation(schemaType, proxyType);
            var elements = Sequence(schemaType);
            if (elements is null)
            {
                Differences.Add($"{typeName.Name}: its content is not a sequence of elements");
                return;
            }

            var members = SerializedMembers(proxyType);
            for (var i = 0; i < Math.Max(elements.Count, members.Count); i++)
            {
                if (i >= members.Count)
                {
                    Differences.Add($"{typeName.Name}[{i}] {elements[i].QualifiedName.Name}: in the WSDL, no proxy member for it in {proxyType.Name}");
                }
                else if (i >= elements.Count)
                {
                    Differences.Add($"{typeName.Name}: {proxyType.Name}.{members[i].Name} is serialized but the WSDL has no element for it");
                }
                else
                {
                    CompareElement(schemaType, elements[i], i, proxyType, members[i]);
                }
            }
        }

        public void CompareAccessibility(IReadOnlyCollection<Type> proxyTypes)
        {
            CompareHiddenFromEditors(proxyTypes.Where(t => IsDataType(t) && t.IsVisible).ToList());
            var departure = agreement._departures.OfType<ServiceSideInternal>().FirstOrDefault();
            var serviceSide = new List<Type>();
            foreach (var type in proxyTypes)
            {
                if (IsDataType(type))
                {
                    if (!type.IsVisible)
                    {
                        Differences.Add($"{type.Name}: a data type must be public, as svcutil emits it (XmlSerializer reads public types only)");
                    }
                }
                else if (IsServiceSide(type))
                {
                    serviceSide.Add(type);
                }
                else if (!type.IsNested)
                {
                    Differences.Add($"{type.Name}: a proxy type that is neither a data type nor part of the service side");
                }
            }

            var publicServiceSide = serviceSide.Where(t => t.IsVisible).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
            if (departure is null)
            {
                Differences.AddRange(serviceSide.Where(t => !t.IsVisible).Select(t => $"{t.Name}: internal, but svcutil emits it public and no departure allows that"));
            }
            else if (serviceSide.Count > 0 && publicServiceSide.Count == 0)
            {
                _applied.Add(departure);
            }
            else if (publicServiceSide.Count > 0)
            {
                Differences.Add($"{departure.Name} (service side internal) no longer holds: {string.Join(", ", publicServiceSide)} public");
            }
        }

        public void ReportUnreached(IReadOnlyCollection<Type> proxyTypes)
        {
            var onNoPath = agreement.TypesOnNoPath().ToHashSet(StringComparer.Ordinal);
            foreach (var type in proxyTypes.Where(t => (IsDataType(t) || Attr<MessageContractAttribute>(t) is not null) && !_reachedTypes.Contains(t)))
            {
                Differences.Add($"{type.Name}: no WSDL message or type leads to it");
            }

            foreach (var schemaType in agreement._schemas.GlobalTypes.Values.Cast<XmlSchemaType>().Where(t => t.QualifiedName.Namespace == Tns))
            {
                if (!_visitedSchemaTypes.Contains(schemaType.QualifiedName) && !IsArrayWrapper(schemaType, out _) && !onNoPath.Contains(schemaType.QualifiedName.Name))
                {
                    Differences.Add($"{schemaType.QualifiedName.Name}: no WSDL message leads to it, so the proxy has nothing for it");
                }
            }
        }

        public void ReportUnappliedDepartures(bool onlyForVisitedTypes)
        {
            var elementDepartures = agreement._departures
                .Select(d => d switch
                {
                    EnumReadAsString e => (Departure: d, e.ComplexType, e.Element, What: "read as a string"),
                    ReadAsNillable n => (Departure: d, n.ComplexType, n.Element, What: "read as nillable"),
                    _ => default,
                })
                .Where(d => d.Departure is not null && !_applied.Contains(d.Departure));
            foreach (var (departure, complexType, element, what) in elementDepartures)
            {
                if (!onlyForVisitedTypes || _visitedSchemaTypes.Contains(new XmlQualifiedName(complexType, Tns)))
                {
                    Differences.Add($"{departure!.Name} ({complexType}.{element} {what}) no longer holds: re-apply it, or take it off the allow-list and out of Reference.cs's header");
                }
            }
        }

        private void CompareDerivation(XmlSchemaComplexType schemaType, Type proxyType)
        {
            var name = schemaType.QualifiedName.Name;
            if (schemaType.IsAbstract != proxyType.IsAbstract)
            {
                Differences.Add($"{name}: abstract is {schemaType.IsAbstract} in the WSDL, {proxyType.IsAbstract} in the proxy's {proxyType.Name}");
            }

            // svcutil names each derived type with [XmlInclude] on its base, which is how
            // XmlSerializer learns to write and read xsi:type for them.
            var included = proxyType.GetCustomAttributes(typeof(XmlIncludeAttribute), inherit: false).OfType<XmlIncludeAttribute>().Select(a => a.Type!).ToList();
            foreach (var derived in agreement.DerivedTypes(schemaType))
            {
                var include = included.FirstOrDefault(t => XmlTypeName(t) == derived.QualifiedName.Name);
                if (include is null)
                {
                    Differences.Add($"{name}: {derived.QualifiedName.Name} extends it in the WSDL, but {proxyType.Name} has no [XmlInclude] for it");
                    continue;
                }

                if (include.BaseType != proxyType)
                {
                    Differences.Add($"{derived.QualifiedName.Name}: the proxy's {include.Name} does not derive from {proxyType.Name}");
                }

                CompareComplexType(derived, include);
            }

            foreach (var extra in included.Where(t => !agreement.DerivedTypes(schemaType).Any(d => d.QualifiedName.Name == XmlTypeName(t))))
            {
                Differences.Add($"{name}: {proxyType.Name} has [XmlInclude] for {extra.Name}, which does not extend it in the WSDL");
            }
        }

        private void CompareHiddenFromEditors(IReadOnlyList<Type> publicDataTypes)
        {
            var departure = agreement._departures.OfType<HiddenFromEditors>().FirstOrDefault();
            var hidden = publicDataTypes.Where(t => Attr<System.ComponentModel.EditorBrowsableAttribute>(t)?.State == System.ComponentModel.EditorBrowsableState.Never).ToList();
            if (departure is null)
            {
                Differences.AddRange(hidden.Select(t => $"{t.Name}: hidden from editors, but svcutil emits no [EditorBrowsable] on data types and no departure allows it"));
            }
            else if (hidden.Count == publicDataTypes.Count && hidden.Count > 0)
            {
                _applied.Add(departure);
            }
            else
            {
                Differences.AddRange(publicDataTypes.Except(hidden).Select(t => $"{departure.Name} (data types hidden from editors) does not hold for {t.Name}: it lacks [EditorBrowsable(EditorBrowsableState.Never)]"));
            }
        }

        private void CompareOperation(string name, XElement operation, XElement bound, MethodInfo method, OperationContractAttribute contract)
        {
            var soapAction = (string?)bound.Element(WsdlSoap + "operation")?.Attribute("soapAction");
            if (contract.Action != soapAction)
            {
                Differences.Add($"operation {name}: soapAction is {soapAction}, the proxy's Action {contract.Action}");
            }

            var format = Attr<XmlSerializerFormatAttribute>(method);
            if (format is not { Style: OperationFormatStyle.Document, Use: OperationFormatUse.Literal })
            {
                Differences.Add($"operation {name}: the proxy does not use XmlSerializer with document/literal");
            }

            // svcutil names every base type that has derived types with [ServiceKnownType] on
            // every operation, whether or not the operation's messages use it.
            var known = method.GetCustomAttributes(typeof(ServiceKnownTypeAttribute), inherit: false).OfType<ServiceKnownTypeAttribute>()
                .Select(a => XmlTypeName(a.Type!)).Order(StringComparer.Ordinal).ToList();
            var bases = agreement._schemas.GlobalTypes.Values.OfType<XmlSchemaComplexType>()
                .Where(t => t.QualifiedName.Namespace == Tns && agreement.DerivedTypes(t).Any())
                .Select(t => t.QualifiedName.Name).Order(StringComparer.Ordinal).ToList();
            if (!known.SequenceEqual(bases))
            {
                Differences.Add($"operation {name}: the WSDL's base types with derived types are [{string.Join(", ", bases)}], the proxy's ServiceKnownTypes [{string.Join(", ", known)}]");
            }

            var parameters = method.GetParameters();
            if (parameters.Length != 1 || !method.ReturnType.IsGenericType || method.ReturnType.GetGenericTypeDefinition() != typeof(Task<>))
            {
                Differences.Add($"operation {name}: the proxy method is not Task<response> {method.Name}(request)");
                return;
            }

            CompareMessage(name, "input", operation.Element(Wsdl + "input")!, bound.Element(Wsdl + "input")!, parameters[0].ParameterType);
            CompareMessage(name, "output", operation.Element(Wsdl + "output")!, bound.Element(Wsdl + "output")!, method.ReturnType.GetGenericArguments()[0]);
        }

        private void CompareMessage(string operation, string direction, XElement abstractMessage, XElement boundMessage, Type messageContract)
        {
            var where = $"operation {operation} {direction}";
            _reachedTypes.Add(messageContract);
            if (Attr<MessageContractAttribute>(messageContract) is not { IsWrapped: false })
            {
                Differences.Add($"{where}: {messageContract.Name} is not an unwrapped message contract, which a document/literal bare body needs");
                return;
            }

            var headers = boundMessage.Elements(WsdlSoap + "header")
                .Select(h => PartElement(QName(h, (string)h.Attribute("message")!), (string)h.Attribute("part")!))
                .ToList();
            var message = MessageElement(QName(abstractMessage, (string)abstractMessage.Attribute("message")!));
            var bodyPartNames = ((string?)boundMessage.Element(WsdlSoap + "body")?.Attribute("parts"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var body = message.Elements(Wsdl + "part")
                .Where(p => bodyPartNames is null || bodyPartNames.Contains((string)p.Attribute("name")!))
                .Select(p => QName(p, (string)p.Attribute("element")!))
                .ToList();

            var fields = messageContract.GetMembers(BindingFlags.Public | BindingFlags.Instance).Where(m => m is FieldInfo or PropertyInfo).ToList();
            var headerMembers = fields.Select(f => (Member: f, Header: Attr<MessageHeaderAttribute>(f))).Where(f => f.Header is not null).ToList();
            var bodyMembers = fields.Select(f => (Member: f, Body: Attr<MessageBodyMemberAttribute>(f))).Where(f => f.Body is not null).OrderBy(f => f.Body!.Order).ToList();

            if (headerMembers.Count != headers.Count)
            {
                Differences.Add($"{where}: the WSDL binds {headers.Count} header(s), {messageContract.Name} has {headerMembers.Count}");
            }

            foreach (var element in headers)
            {
                var member = headerMembers.FirstOrDefault(h => (h.Header!.Name ?? h.Member.Name) == element.Name);
                if (member.Member is null)
                {
                    Differences.Add($"{where}: no header member named {element.Name} in {messageContract.Name}");
                    continue;
                }

                if (member.Header!.Namespace != element.Namespace)
                {
                    Differences.Add($"{where}: header {element.Name} is in {element.Namespace}, the proxy's in {member.Header.Namespace}");
                }

                CompareGlobalElement(element, MemberType(member.Member), where);
            }

            if (bodyMembers.Count != body.Count)
            {
                Differences.Add($"{where}: the WSDL's body has {body.Count} part(s), {messageContract.Name} has {bodyMembers.Count}");
            }

            for (var i = 0; i < Math.Min(body.Count, bodyMembers.Count); i++)
            {
                var (member, attribute) = bodyMembers[i];
                if ((attribute!.Name ?? member.Name) != body[i].Name || attribute.Namespace != body[i].Namespace || attribute.Order != i)
                {
                    Differences.Add($"{where}: body part {i} is {body[i]}, the proxy's {{{attribute.Namespace}}}{attribute.Name ?? member.Name} with Order {attribute.Order}");
                }

                CompareGlobalElement(body[i], MemberType(member), where);
            }
        }

        private XElement MessageElement(XmlQualifiedName name) =>
            agreement._definitions.Elements(Wsdl + "message").Single(m => (string)m.Attribute("name")! == name.Name);

        private XmlQualifiedName PartElement(XmlQualifiedName message, string part)
        {
            var partElement = MessageElement(message).Elements(Wsdl + "part").Single(p => (string)p.Attribute("name")! == part);
            return QName(partElement, (string)partElement.Attribute("element")!);
        }

        private void CompareGlobalElement(XmlQualifiedName elementName, Type proxyType, string where)
        {
            if (agreement._schemas.GlobalElements[elementName] is not XmlSchemaElement { ElementSchemaType: XmlSchemaComplexType schemaType })
            {
                Differences.Add($"{where}: {elementName} is not a global element of complex type in the schema");
                return;
            }

            CompareComplexType(schemaType, proxyType);
        }

        private void CompareElement(XmlSchemaComplexType owner, XmlSchemaElement element, int index, Type proxyType, MemberInfo member)
        {
            var where = $"{owner.QualifiedName.Name}[{index}] {element.QualifiedName.Name} ({proxyType.Name}.{member.Name})";
            var asArray = Attr<XmlArrayAttribute>(member);
            var asElement = Attr<XmlElementAttribute>(member);
            var (name, form, nullable, order, ns) = asArray is not null
                ? (asArray.ElementName, asArray.Form, asArray.IsNullable, asArray.Order, asArray.Namespace)
                : (asElement?.ElementName, asElement?.Form ?? XmlSchemaForm.None, asElement?.IsNullable ?? false, asElement?.Order ?? -1, asElement?.Namespace);

            if ((string.IsNullOrEmpty(name) ? member.Name : name) != element.QualifiedName.Name)
            {
                Differences.Add($"{where}: the WSDL names it {element.QualifiedName.Name}, the proxy {(string.IsNullOrEmpty(name) ? member.Name : name)}");
            }

            if (order != index)
            {
                Differences.Add($"{where}: the WSDL has it at position {index}, the proxy's Order is {order}");
            }

            CompareForm(where, element.QualifiedName.Namespace, form, ns);
            var memberType = MemberType(member);
            var nillable = element.IsNillable || ReadAsNillable(owner, element, nullable, memberType);
            if (nullable != nillable)
            {
                Differences.Add($"{where}: the WSDL says nillable={element.IsNillable.ToString().ToLowerInvariant()}, the proxy IsNullable={nullable}");
            }

            if (element.MaxOccurs != 1)
            {
                Differences.Add($"{where}: repeats directly (maxOccurs {element.MaxOccurs}), which the proxy shape does not cover");
            }

            CompareOccurrence(where, element, proxyType, member, memberType, nillable);

            var departure = agreement._departures.OfType<EnumReadAsString>()
                .FirstOrDefault(d => d.ComplexType == owner.QualifiedName.Name && d.Element == element.QualifiedName.Name);
            if (departure is not null && memberType == typeof(string) && IsEnumeration(element.ElementSchemaType))
            {
                _applied.Add(departure);
                _visitedSchemaTypes.Add(element.ElementSchemaType!.QualifiedName);
                return;
            }

            if (IsArrayWrapper(element.ElementSchemaType!, out var item))
            {
                _visitedSchemaTypes.Add(element.ElementSchemaType!.QualifiedName);
                CompareCollapsedArray(where, item, member, memberType, asArray, nestingLevel: 0);
            }
            else if (asArray is not null)
            {
                Differences.Add($"{where}: the proxy collapses it into an array, but {element.ElementSchemaType!.QualifiedName.Name} is not an ArrayOf wrapper");
            }
            else
            {
                CompareType(where, element.ElementSchemaType!, Nullable.GetUnderlyingType(memberType) ?? memberType, memberType);
            }
        }

        private void CompareCollapsedArray(string where, XmlSchemaElement item, MemberInfo member, Type memberType, XmlArrayAttribute? asArray, int nestingLevel)
        {
            var arrayItem = member.GetCustomAttributes(typeof(XmlArrayItemAttribute), inherit: false).OfType<XmlArrayItemAttribute>().FirstOrDefault(a => a.NestingLevel == nestingLevel);
            if (asArray is null || arrayItem is null || !memberType.IsArray)
            {
                Differences.Add($"{where}: {item.QualifiedName.Name} list is an ArrayOf wrapper, which the proxy must collapse into an array with XmlArray and XmlArrayItem");
                return;
            }

            var where2 = $"{where}/{item.QualifiedName.Name}";
            if (arrayItem.ElementName != item.QualifiedName.Name)
            {
                Differences.Add($"{where2}: the WSDL names the item {item.QualifiedName.Name}, the proxy's XmlArrayItem {arrayItem.ElementName}");
            }

            CompareForm(where2, item.QualifiedName.Namespace, arrayItem.Form, arrayItem.Namespace);
            if (arrayItem.IsNullable != item.IsNillable)
            {
                Differences.Add($"{where2}: the WSDL says nillable={item.IsNillable.ToString().ToLowerInvariant()}, the proxy's XmlArrayItem IsNullable={arrayItem.IsNullable}");
            }

            var elementType = memberType.GetElementType()!;
            if (IsArrayWrapper(item.ElementSchemaType!, out var inner))
            {
                // An ArrayOf wrapper of ArrayOf wrappers (ArrayOfKeyList): a jagged array, one
                // XmlArrayItem per level.
                _visitedSchemaTypes.Add(item.ElementSchemaType!.QualifiedName);
                CompareCollapsedArray(where2, inner, member, elementType, asArray, nestingLevel + 1);
            }
            else
            {
                CompareType(where2, item.ElementSchemaType!, elementType, elementType);
            }
        }

        private void CompareForm(string where, string elementNamespace, XmlSchemaForm form, string? ns)
        {
            var unqualified = elementNamespace.Length == 0;
            if (unqualified != (form == XmlSchemaForm.Unqualified) || (!string.IsNullOrEmpty(ns) && ns != elementNamespace))
            {
                Differences.Add($"{where}: the WSDL makes it {(unqualified ? "unqualified" : "qualified")}, the proxy's Form is {form}");
            }
        }

        /// <returns>Whether a departure on the allow-list makes this non-nillable element nillable, and the proxy applies it.</returns>
        private bool ReadAsNillable(XmlSchemaComplexType owner, XmlSchemaElement element, bool nullable, Type memberType)
        {
            var departure = agreement._departures.OfType<ReadAsNillable>()
                .FirstOrDefault(d => d.ComplexType == owner.QualifiedName.Name && d.Element == element.QualifiedName.Name);
            if (departure is null || element.IsNillable || !nullable || Nullable.GetUnderlyingType(memberType) is null)
            {
                return false;
            }

            _applied.Add(departure);
            return true;
        }

        private void CompareOccurrence(string where, XmlSchemaElement element, Type owner, MemberInfo member, Type memberType, bool nillable)
        {
            var specified = owner.GetProperty(member.Name + "Specified", BindingFlags.Public | BindingFlags.Instance);
            if (specified is not null && (specified.PropertyType != typeof(bool) || Attr<XmlIgnoreAttribute>(specified) is null))
            {
                Differences.Add($"{where}: {specified.Name} must be an XmlIgnore bool");
            }

            if (!memberType.IsValueType)
            {
                if (specified is not null)
                {
                    Differences.Add($"{where}: a reference type needs no {specified.Name}; null already leaves the element out");
                }

                return;
            }

            var optional = element.MinOccurs == 0;
            if (optional && specified is null)
            {
                Differences.Add($"{where}: optional in the WSDL (minOccurs 0), but the proxy has no {member.Name}Specified, so it always sends it");
            }
            else if (!optional && specified is not null)
            {
                Differences.Add($"{where}: required in the WSDL (minOccurs {element.MinOccurs}), but the proxy has {specified.Name}, so it can leave it out");
            }

            if (nillable != (Nullable.GetUnderlyingType(memberType) is not null))
            {
                Differences.Add($"{where}: the WSDL says nillable={element.IsNillable.ToString().ToLowerInvariant()}, the proxy's type is {memberType.Name}");
            }
        }

        private void CompareType(string where, XmlSchemaType schemaType, Type proxyType, Type declared)
        {
            switch (schemaType)
            {
                case XmlSchemaComplexType complex:
                    CompareComplexType(complex, proxyType);
                    break;
                case XmlSchemaSimpleType simple when IsEnumeration(simple):
                    CompareEnum(where, simple, proxyType);
                    break;
                case XmlSchemaSimpleType simple when BuiltInTypes.TryGetValue(simple.TypeCode, out var expected):
                    if (proxyType != expected)
                    {
                        Differences.Add($"{where}: the WSDL's type is {simple.QualifiedName.Name}, the proxy's {declared.Name}");
                    }

                    break;
                default:
                    Differences.Add($"{where}: the WSDL's type {schemaType.QualifiedName} is not one this comparison covers");
                    break;
            }
        }

        private void CompareEnum(string where, XmlSchemaSimpleType schemaType, Type proxyType)
        {
            _visitedSchemaTypes.Add(schemaType.QualifiedName);
            if (!proxyType.IsEnum)
            {
                Differences.Add($"{where}: the WSDL's type is the enumeration {schemaType.QualifiedName.Name}, the proxy's {proxyType.Name}");
                return;
            }

            _reachedTypes.Add(proxyType);
            CompareXmlTypeName(schemaType.QualifiedName, proxyType);
            var expected = ((XmlSchemaSimpleTypeRestriction)schemaType.Content!).Facets.OfType<XmlSchemaEnumerationFacet>().Select(f => f.Value!).ToList();
            var actual = proxyType.GetFields(BindingFlags.Public | BindingFlags.Static)
                .OrderBy(f => f.MetadataToken)
                .Select(f => Attr<XmlEnumAttribute>(f)?.Name ?? f.Name)
                .ToList();
            if (!expected.SequenceEqual(actual))
            {
                Differences.Add($"{schemaType.QualifiedName.Name}: the WSDL's values are [{string.Join(", ", expected)}], the proxy's {proxyType.Name} has [{string.Join(", ", actual)}]");
            }
        }

        private static string XmlTypeName(Type proxyType)
        {
            var xmlType = Attr<XmlTypeAttribute>(proxyType);
            return string.IsNullOrEmpty(xmlType?.TypeName) ? proxyType.Name : xmlType.TypeName;
        }

        private void CompareXmlTypeName(XmlQualifiedName schemaName, Type proxyType)
        {
            var xmlType = Attr<XmlTypeAttribute>(proxyType);
            var name = XmlTypeName(proxyType);
            if (name != schemaName.Name || xmlType?.Namespace != schemaName.Namespace)
            {
                Differences.Add($"{schemaName.Name}: the proxy type {proxyType.Name} has XmlType {{{xmlType?.Namespace}}}{name}");
            }
        }

        private static bool IsEnumeration(XmlSchemaType? type) =>
            type is XmlSchemaSimpleType { Content: XmlSchemaSimpleTypeRestriction restriction }
            && restriction.Facets.OfType<XmlSchemaEnumerationFacet>().Any();

        private static List<MemberInfo> SerializedMembers(Type type) =>
            type.GetMembers(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m is PropertyInfo or FieldInfo && Attr<XmlIgnoreAttribute>(m) is null)
                .OrderBy(m => Attr<XmlArrayAttribute>(m)?.Order ?? Attr<XmlElementAttribute>(m)?.Order ?? int.MaxValue)
                .ToList();

        private static Type MemberType(MemberInfo member) => member switch
        {
            PropertyInfo p => p.PropertyType,
            FieldInfo f => f.FieldType,
            _ => throw new ArgumentOutOfRangeException(nameof(member)),
        };

        private static bool IsDataType(Type type) => Attr<XmlTypeAttribute>(type) is not null;

        private static bool IsServiceSide(Type type) =>
            Attr<ServiceContractAttribute>(type) is not null
            || Attr<MessageContractAttribute>(type) is not null
            || (type.IsInterface && typeof(IClientChannel).IsAssignableFrom(type))
            || IsClientBase(type.BaseType);

        private static bool IsClientBase(Type? type) =>
            type is not null && ((type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ClientBase<>)) || IsClientBase(type.BaseType));
    }
}
