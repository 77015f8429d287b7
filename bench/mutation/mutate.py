"""Mutants of real files for the whole ingest path (docs/ingestion.md, the mutation round).

mutate.py SRC OUT: SRC holds b001.txt, n001.txt (also made into Markdown), two .html, two .docx, two .pdf, two .rtf and a
.doc (LibreOffice's, from the .docx); OUT gets the structured mutants (seed 26) and the random ones (seed 2026)."""
import os, random, zipfile, io, zlib, sys
random.seed(26)
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
files={f:open(os.path.join(src,f),'rb').read() for f in os.listdir(src)}
t=files['n001.txt'].decode('utf-8').split('\n')
md='# '+t[0]+'\n\n'+'\n\n'.join(('## '+l if i%5==0 else l) for i,l in enumerate(t[1:]) if l.strip())
files['n001.md']=md.encode('utf-8')
count={}
def emit(base, tag, data):
    name, ext = base.rsplit('.',1)
    p=os.path.join(out, f'{name}-{tag}.{ext}')
    open(p,'wb').write(data); count[ext]=count.get(ext,0)+1
def flips(d, n):
    b=bytearray(d)
    for _ in range(n):
        i=random.randrange(len(b)); b[i]^=1<<random.randrange(8)
    return bytes(b)
def zip_replace(d, entry, new, level=zipfile.ZIP_DEFLATED):
    zin=zipfile.ZipFile(io.BytesIO(d)); o=io.BytesIO()
    with zipfile.ZipFile(o,'w',level) as z:
        for i in zin.infolist():
            z.writestr(i.filename, new if i.filename==entry else zin.read(i.filename))
    return o.getvalue()
for f,d in files.items():
    ext=f.rsplit('.',1)[1]
    # truncation at many offsets
    offs=sorted(set([1,2,3,4,5,8,16,100]+[len(d)*k//20 for k in range(1,20)]+[len(d)-1,len(d)-2,len(d)-3]))
    if ext in ('txt','md','html'):
        s=d.decode('utf-8')
        pos=0; mids=[]
        for ch in s:
            n=len(ch.encode('utf-8'))
            if n>1 and random.random()<0.01: mids.append(pos+1); mids.append(pos+2)
            pos+=n
        offs=sorted(set(offs+mids[:10]))
    for o in offs:
        if 0<o<len(d): emit(f,f'cut{o}',d[:o])
    for k in range(6): emit(f,f'flip{k}',flips(d, 8 if k<3 else max(1,len(d)*8//100)))
    emit(f,'nuls',d[:len(d)//2]+b'\0'*5000+d[len(d)//2:])
    emit(f,'bom-mid',d[:len(d)//2]+b'\xef\xbb\xbf'+d[len(d)//2:]+b'\xff\xfe'+d[:100])
    emit(f,'dup',d[:len(d)//2]+d[len(d)//3:len(d)//2]*200+d[len(d)//2:])
    emit(f,'zero4k',d[:len(d)//3]+b'\0'*min(4096,len(d)//3)+d[len(d)//3+min(4096,len(d)//3):])
    if ext=='txt':
        s=d.decode('utf-8')
        emit(f,'gbkline',(s[:300]).encode('utf-8')+s[300:600].encode('gb18030')+s[600:].encode('utf-8'))
        emit(f,'utf16mid',s[:300].encode('utf-8')+s[300:600].encode('utf-16-le')+s[600:].encode('utf-8'))
        emit(f,'gline',(s.replace('\n','')*300).encode('utf-8'))
        emit(f,'bigline',('中'*3_000_000).encode('utf-8'))
        emit(f,'cr',s.replace('\n','\r').encode('utf-8'))
        emit(f,'ctrl',bytes(random.randrange(0,32) for _ in range(3000))+d)
        emit(f,'surrogates',d+b'\xed\xa0\x80'*1000)
        emit(f,'manylines',b'\n'.join([b'x']*300000))
    if ext=='md':
        emit(f,'quote10k',b'>'*10000+b' x\n'+d)
        emit(f,'list10k',b''.join(b'  '*i+b'- a\n' for i in range(0,3000))+d)
        emit(f,'brackets',b'['*100000+d+b']'*100000)
        emit(f,'htmlnest',b'<div>'*10000+d)
        emit(f,'emph',b'*_'*200000+d)
    if ext=='html':
        emit(f,'div10k',b'<div>'*10000+d+b'</div>'*10000)
        emit(f,'span10k',b'<span>'*10000+d)
        emit(f,'table10k',b'<table><tr><td>'*10000+d)
        emit(f,'bigline',b'<p>'+('中'*3_000_000).encode()+b'</p>'+d)
        emit(f,'gbk-declared',d.replace(b'utf-8',b'gbk').replace(b'UTF-8',b'gbk'))
        emit(f,'entities',d+b'&#x4e2d;'*500000)
        emit(f,'attrs',b'<p '+b''.join(b'a%d=1 '%i for i in range(300000))+b'>'+d)
        emit(f,'comment',b'<!--'+d*1000)
    if ext=='docx':
        z=zipfile.ZipFile(io.BytesIO(d))
        doc=z.read('word/document.xml')
        # truncate inside each zip entry
        for i in z.infolist()[:8]:
            emit(f,f'cutentry-{i.header_offset+40}',d[:i.header_offset+40])
        body=doc.index(b'<w:body>')+8
        emit(f,'nest10k',zip_replace(d,'word/document.xml',doc[:body]+b'<w:sdt><w:sdtContent>'*10000+doc[body:]))
        emit(f,'tbl10k',zip_replace(d,'word/document.xml',doc[:body]+b'<w:tbl><w:tr><w:tc>'*10000+doc[body:]))
        emit(f,'bomb',zip_replace(d,'word/document.xml',doc[:body]+b'<w:p><w:r><w:t>'+b'a'*200_000_000+b'</w:t></w:r></w:p>'+doc[body:]))
        emit(f,'gline',zip_replace(d,'word/document.xml',doc[:body]+b'<w:p><w:r><w:t>'+('中'*3_000_000).encode()+b'</w:t></w:r></w:p>'+doc[body:]))
        emit(f,'stylesbomb',zip_replace(d,'word/styles.xml',b'<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'+b' '*300_000_000+b'</w:styles>'))
        emit(f,'xmlcut',zip_replace(d,'word/document.xml',doc[:len(doc)//2]))
        emit(f,'xmlflip',zip_replace(d,'word/document.xml',flips(doc,20)))
        emit(f,'stored',zip_replace(d,'word/document.xml',doc,zipfile.ZIP_STORED))
        emit(f,'nuls-xml',zip_replace(d,'word/document.xml',doc.replace(b'<w:t>',b'<w:t>\0\0')))
        emit(f,'runs',zip_replace(d,'word/document.xml',doc[:body]+b'<w:p>'+b'<w:r><w:t>x</w:t></w:r>'*400000+b'</w:p>'+doc[body:]))
    if ext=='pdf':
        emit(f,'arr10k',d.replace(b'/Type /Catalog',b'/Type /Catalog /X '+b'['*10000+b']'*10000,1).replace(b'/Type/Catalog',b'/Type/Catalog /X '+b'['*10000+b']'*10000,1))
        emit(f,'dict10k',d+b'\n99 0 obj\n'+b'<</A '*10000+b'>>'*10000+b'\nendobj\n')
        emit(f,'nostream',d.replace(b'endstream',b'endstreax'))
        emit(f,'noeof',d[:d.rfind(b'startxref')])
        emit(f,'strnest',d+b'\n99 0 obj\n'+b'('*100000+b')'*100000+b'\nendobj\n')
        emit(f,'bigstr',d+b'\n99 0 obj\n('+b'a'*5_000_000+b')\nendobj\n')
        emit(f,'twoheaders',d+d)
        emit(f,'refloop',d+b'\n98 0 obj\n99 0 R\nendobj\n99 0 obj\n98 0 R\nendobj\n')
    if ext=='rtf':
        emit(f,'brace10k',d[:100]+b'{'*10000+d[100:]+b'}'*10000)
        emit(f,'brace10k-open',d[:100]+b'{'*10000+d[100:])
        emit(f,'bin',d[:len(d)//2]+b'\\bin99999999 '+d[len(d)//2:])
        emit(f,'ucbig',d.replace(b'\\uc1',b'\\uc999999999'))
        emit(f,'fonts',d[:len(d)//2]+b''.join(b'\\f%d\\u20013?'%(i%2) for i in range(20000))+d[len(d)//2:])
    if ext=='doc':
        emit(f,'fatloop',d[:512]+b'\xfe\xff\xff\xff'*((len(d)-512)//4))

# Random damage: bytes overwritten, cut anywhere, a stretch repeated up to 1,000 times, a stretch dropped.
random.seed(2026)
for f in os.listdir(src):
    d=open(os.path.join(src,f),'rb').read()
    name,ext=f.rsplit('.',1)
    if ext in ('rtf','doc'): continue
    for k in range(40):
        b=bytearray(d); op=k%4
        if op==0:
            for _ in range(random.choice([1,4,16,64])):
                i=random.randrange(len(b)); b[i]=random.randrange(256)
        elif op==1:
            b=b[:random.randrange(1,len(b))]
        elif op==2:
            i=random.randrange(len(b)); j=random.randrange(i,min(len(b),i+2000)); b=b[:i]+b[i:j]*random.choice([2,50,1000])+b[j:]
        else:
            i=random.randrange(len(b)); j=random.randrange(i,min(len(b),i+5000)); b=b[:i]+b[j:]
        emit(f, f'r{k}', bytes(b))
print(count, sum(count.values()))
