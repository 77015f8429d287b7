using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Archive.Indexer.Tests.Architecture;

/// <summary>
/// Which of the engine's parts (its top-level folders, each a namespace under Archive.Indexer; the façade's own
/// namespace is the part ""), uses which, read from the compiled assembly: signatures, base types, attributes
/// and every type, method and field an instruction names. Compiled code, so nothing a source scan could miss.
/// </summary>
internal static class EngineDependencies
{
    private const string Root = "Archive.Indexer";

    public static ModuleDefinition LoadEngine() =>
        ModuleDefinition.ReadModule(typeof(ArchiveService).Assembly.Location);

    /// <summary>Part → the parts it uses, each with the uses that make the edge ("A uses B").</summary>
    public static Dictionary<string, Dictionary<string, SortedSet<string>>> Read(ModuleDefinition module)
    {
        var edges = new Dictionary<string, Dictionary<string, SortedSet<string>>>();
        foreach (var type in module.GetTypes())
        {
            var from = PartOf(type);
            if (from is null) continue;
            var uses = edges.TryGetValue(from, out var u) ? u : edges[from] = new();
            foreach (var used in TypesUsedBy(type).SelectMany(Unwrap))
            {
                var to = used.Module == module ? PartOf(used.Resolve() ?? (TypeReference)used) : null;
                if (to is null || to == from) continue;
                if (!uses.TryGetValue(to, out var why)) uses[to] = why = new(StringComparer.Ordinal);
                why.Add($"{Outermost(type).FullName} uses {Outermost(used).FullName}");
            }
        }
        return edges;
    }

    /// <summary>The strongly connected groups of more than one part: each is a dependency loop.</summary>
    public static List<List<string>> Loops(Dictionary<string, Dictionary<string, SortedSet<string>>> edges)
    {
        // Tarjan's algorithm; a dozen parts, so recursion depth is no concern.
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var loops = new List<List<string>>();
        void Visit(string part)
        {
            index[part] = low[part] = index.Count;
            stack.Push(part);
            foreach (var next in edges.TryGetValue(part, out var n) ? n.Keys.ToList() : [])
            {
                if (!index.ContainsKey(next)) { Visit(next); low[part] = Math.Min(low[part], low[next]); }
                else if (stack.Contains(next)) low[part] = Math.Min(low[part], index[next]);
            }
            if (low[part] != index[part]) return;
            var group = new List<string>();
            string member;
            do { member = stack.Pop(); group.Add(member); } while (member != part);
            if (group.Count > 1) loops.Add(group);
        }
        foreach (var part in edges.Keys.Order()) if (!index.ContainsKey(part)) Visit(part);
        return loops;
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    private static string? PartOf(TypeReference type)
    {
        type = Outermost(type);
        var ns = type.Namespace;
        if (ns == Root) return type.Name.StartsWith('<') ? null : "";
        if (!ns.StartsWith(Root + ".", StringComparison.Ordinal)) return null;
        var rest = ns[(Root.Length + 1)..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>The named types inside a reference: List&lt;StoredArticle[]&gt; names List and StoredArticle.</summary>
    private static IEnumerable<TypeReference> Unwrap(TypeReference type)
    {
        var pending = new Stack<TypeReference>([type]);
        while (pending.TryPop(out var t))
        {
            if (t is GenericInstanceType g) foreach (var a in g.GenericArguments) pending.Push(a);
            if (t is TypeSpecification spec) pending.Push(spec.ElementType);
            else if (t is not GenericParameter) yield return t;
        }
    }

    private static IEnumerable<TypeReference> TypesUsedBy(TypeDefinition type)
    {
        if (type.BaseType is not null) yield return type.BaseType;
        foreach (var i in type.Interfaces) yield return i.InterfaceType;
        foreach (var a in type.CustomAttributes) yield return a.AttributeType;
        foreach (var f in type.Fields) yield return f.FieldType;
        foreach (var p in type.Properties) yield return p.PropertyType;
        foreach (var e in type.Events) yield return e.EventType;
        foreach (var m in type.Methods)
        {
            yield return m.ReturnType;
            foreach (var p in m.Parameters) yield return p.ParameterType;
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) yield return v.VariableType;
            foreach (var instruction in m.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t: yield return t; break;
                    case MethodReference r:
                        yield return r.DeclaringType;
                        yield return r.ReturnType;
                        foreach (var p in r.Parameters) yield return p.ParameterType;
                        if (r is GenericInstanceMethod g) foreach (var a in g.GenericArguments) yield return a;
                        break;
                    case FieldReference f: yield return f.DeclaringType; yield return f.FieldType; break;
                }
            }
        }
    }
}
