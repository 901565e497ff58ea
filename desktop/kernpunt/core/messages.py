"""The English text of every message a reader can be shown, by message id.

Templates take named values (``{name}``) filled by ``ReaderError``; the window may translate a
message by its id. Ids are stable: change a text freely, never an id still in use.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "article.damaged": "“{name}” could not be read: it is damaged or not a real document.",
    "article.empty": "“{name}” is empty: there is nothing to read.",
    "article.folder": "“{name}” is a folder, not an article.",
    "article.gone": "“{name}” no longer exists.",
    "article.grew": "“{name}” is too large to open.",
    "article.refused": "Kernpunt is not allowed to read “{name}”.",
    "article.stopped": "“{name}” could not be read: reading it stopped unexpectedly.",
    "article.text_empty": "The text is empty: there is nothing to read.",
    "article.too_complex": "“{name}” is too large or too complex to read.",
    "article.too_large": "“{name}” is too large to open ({megabytes} MB; the limit is {limit} MB).",
    "article.too_slow": (
        "“{name}” took too long to read (more than {seconds} seconds); it may be damaged or "
        "unusually complex."
    ),
    "article.unreadable": "“{name}” could not be read: {reason}.",
    "article.unsupported": (
        "Kernpunt cannot open “{name}”: it reads plain text and Markdown, web pages, Word "
        "(.docx), OpenDocument (.odt), EPUB and PDF files."
    ),
    "brief.bad_length": (
        "“{text}” is not a brief length: give a number of sentences (3) or a percentage of "
        "the article (20%)."
    ),
    "brief.language": "Kernpunt briefs Dutch and English text, not “{language}”.",
    "brief.percent_range": "A brief's length in percent must be above 0 and at most 100.",
    "brief.sentences_range": "A brief has from 1 to {most} sentences.",
    "brief.unknown_method": "“{method}” is not a brief method; choose one of {known}.",
    "cluster.cannot": "the cluster cannot do this batch: {problems}.",
    "cluster.no_dask": (
        "a cluster needs Dask distributed: install it with 'pip install \"kernpunt[cluster]\"' "
        "(on this machine and every worker)."
    ),
    "cluster.no_workers": "the cluster at {address} has no workers.",
    "cluster.unreachable": "could not reach the cluster at {address}: {reason}",
    "download.broke_off": (
        "The download of {name} broke off after {done} of {total} bytes. Try again."
    ),
    "download.cannot_write": "Kernpunt cannot write the download to {folder}: {reason}.",
    "download.http": "The download of {name} failed: the server answered {code} {reason}.",
    "download.installed": (
        "{source} → {target} is installed already (version {versions}); replace it to "
        "download version {version}."
    ),
    "download.network": (
        "Kernpunt could not download {name} ({reason}). Check the network connection and try again."
    ),
    "download.no_address": "The index lists no download address for {name}.",
    "download.not_web": "The download address of {name} is not a web address: {link}",
    "download.stalled": (
        "The download of {name} stalled: the server sent nothing for {seconds} seconds. Try "
        "again later."
    ),
    "download.too_large": "{name} is too large to be an Argos model.",
    "export.make_folder": "Could not make the folder {folder}: {reason}.",
    "export.no_brief": (
        "There is no brief to export yet: translate the article first, or export the translation."
    ),
    "export.brief_untranslated": (
        "The brief is not translated yet: translate the article to finish it, or export the "
        "translation."
    ),
    "export.no_folder": "Could not export: the folder {folder} does not exist.",
    "export.save.disk_full": (
        "Could not save “{name}”: the disk is full. The previous file is unchanged."
    ),
    "export.save.failed": "Could not save “{name}”: {reason}. Nothing was changed.",
    "export.save.folder_in_way": (
        "Could not save “{name}”: a folder of that name is in the way. Nothing was changed."
    ),
    "export.save.no_folder": (
        "Could not save “{name}”: the folder {folder} does not exist. Nothing was changed."
    ),
    "export.save.not_a_folder": (
        "Could not save “{name}”: {folder} is not a folder. Nothing was changed."
    ),
    "export.save.refused": (
        "Could not save “{name}”: Kernpunt may not write to {folder}. Nothing was changed."
    ),
    "export.unknown_content": (
        "“{content}” is not something Kernpunt exports; choose one of {known}."
    ),
    "export.unknown_format": "“{key}” is not a format Kernpunt exports; choose one of {known}.",
    "index.http": (
        "Kernpunt could not reach the model index at {address}: the server answered {code} "
        "{reason}."
    ),
    "index.invalid": "The model index at {address} is not a valid package index.",
    "index.network": (
        "Kernpunt could not reach the model index at {address} ({reason}). Check the network "
        "connection, or install a model from a file."
    ),
    "index.not_web": "The model index address must start with https:// or http://: {address}",
    "index.too_large": "The model index at {address} is too large to be a package index.",
    "model.load": "The model “{name}” could not be loaded: {reason}",
    "model.none": (
        "no Dutch → English model is installed; install one with 'kernpunt models install "
        "FILE.argosmodel'."
    ),
    "models.not_installed": "no installed model is called “{code}”.",
    "models.not_offered": (
        "the index offers no model “{code}”; run 'kernpunt models download' to list them."
    ),
    "model.read": "The model “{name}” could not be read: {reason}.",
    "model.tokenizer": "The tokenizer of “{name}” could not be loaded: {reason}",
    "cluster.scheme": "use a tcp:// or tls:// scheduler address, not {address}.",
    "cluster.plain_tcp": (
        "{address} is plain TCP: anyone who can reach that scheduler can run programs on its "
        "workers and read the articles. Give a tls:// address with --tls-ca-file, --tls-cert and "
        "--tls-key, or pass --insecure on a network you trust."
    ),
    "cluster.tls_files": (
        "{address} asks for TLS: give --tls-ca-file, --tls-cert and --tls-key (or set them in "
        "Dask's configuration)."
    ),
    "cluster.tls_file_missing": "the TLS file {path} does not exist or is not a file.",
    "cluster.no_cryptography": (
        "a local cluster needs the cryptography package for its private certificate: install it "
        "with 'pip install \"kernpunt[cluster]\"'."
    ),
    "export.target.dangling_link": (
        "{name}: it is a link to a file that does not exist. Nothing was changed."
    ),
    "export.target.program_output": (
        "{name}: it is a link to a program's output, not a file; Kernpunt saves only to ordinary "
        "files (use -o - for the terminal). Nothing was changed."
    ),
    "export.target.not_a_file": (
        "{name}: it is not a regular file; Kernpunt saves only to ordinary files (use -o - for "
        "the terminal). Nothing was changed."
    ),
    "export.target.is_source": (
        "{name}: it is the article being translated, which Kernpunt never overwrites. Choose "
        "another name. Nothing was changed."
    ),
    "article.binary": "“{name}” is not a text file: it holds binary data.",
    "article.damaged.text": "“{name}” could not be read: it is damaged or not a real text file.",
    "article.damaged.markdown": (
        "“{name}” could not be read: it is damaged or not a real Markdown file."
    ),
    "article.damaged.html": "“{name}” could not be read: it is damaged or not a real web page.",
    "article.damaged.docx": (
        "“{name}” could not be read: it is damaged or not a real Word document."
    ),
    "article.damaged.odt": (
        "“{name}” could not be read: it is damaged or not a real OpenDocument text."
    ),
    "article.damaged.epub": "“{name}” could not be read: it is damaged or not a real e-book.",
    "article.damaged.pdf": "“{name}” could not be read: it is damaged or not a real PDF.",
    "article.encoding_unknown": "“{name}” is not a text file, or its text encoding is unknown.",
    "article.no_text": "“{name}” holds no text.",
    "article.only_page": "“{name}” holds no article text, only a page around it.",
    "article.pdf_no_text": (
        "Kernpunt cannot read “{name}”: this PDF has no text layer (it may be a scan)."
    ),
    "article.pdf_password": "“{name}” is protected by a password; Kernpunt cannot open it.",
    "encoding.unknown": "“{encoding}” is not a text encoding Kernpunt knows.",
    "encoding.byte_misfit": (
        "“{name}” is not written in {encoding}: byte {position} does not fit it. Try another "
        "encoding."
    ),
    "encoding.misfit": "“{name}” is not written in {encoding}. Try another encoding.",
    "encoding.unreadable": "“{name}” read as {encoding} gives no readable text.",
    "brief.untranslated": (
        "The English brief needs the whole translation; {missing} of {total} sentences are not "
        "translated yet."
    ),
    "model.no_tokenizer": "The model “{name}” has no tokenizer.",
    "package.gone": "“{name}” no longer exists.",
    "package.not_zip": "“{name}” is not an Argos model: it is not a zip archive.",
    "package.unreadable": "“{name}” could not be read: {reason}.",
    "package.exists": (
        "A model named “{name}” is installed already; replace it to install this one."
    ),
    "package.exists_version": (
        "A model named “{name}” (version {version}) is installed already; replace it to install "
        "this one."
    ),
    "package.disk_full": (
        "There is not enough free disk space to install “{name}” ({megabytes} MB needed)."
    ),
    "package.corrupt": (
        "“{name}” is damaged (a file inside it is corrupt); download or copy it again."
    ),
    "package.unpack": "“{name}” cannot be unpacked: {reason}.",
    "package.install_failed": "“{name}” could not be installed: {reason}.",
    "package.not_installed": "“{path}” is not an installed model.",
    "package.remove_failed": "The model “{name}” could not be removed: {reason}.",
    "package.too_many_files": "“{name}” has too many files to be an Argos model.",
    "package.unsafe_file": "“{name}” contains an unsafe file name: {file}",
    "package.unsafe_folder": "“{name}” contains an unsafe folder name: {folder}",
    "package.compression": "“{name}” is not a valid Argos model (suspicious compression).",
    "package.too_large": "“{name}” is too large to be an Argos model.",
    "package.folders": "“{name}” is not an Argos model: it must hold exactly one folder.",
    "package.missing_file": "“{name}” is not an Argos model: it has no {file}.",
    "package.no_tokenizer": "“{name}” is not an Argos model: it has no tokenizer.",
    "package.meta_unreadable": "“{folder}” has no readable {file}.",
    "package.meta_too_large": "“{folder}” has a {file} too large to be package metadata.",
    "package.meta_damaged": "“{folder}” has a damaged {file}.",
    "package.meta_too_deep": "“{folder}” has a {file} nested too deeply to be read.",
    "package.meta_invalid": "“{folder}” has an invalid metadata.json.",
    "package.no_languages": "“{folder}” does not say which languages it translates.",
    "package.bad_languages": "“{folder}” names its languages in a way Kernpunt cannot use.",
    "package.not_translation": "“{folder}” is not a translation model.",
    "export.target.pipe": (
        "{name}: it is a pipe, not a file; Kernpunt saves only to ordinary files (use -o - for "
        "the terminal). Nothing was changed."
    ),
    "export.target.socket": (
        "{name}: it is a socket, not a file; Kernpunt saves only to ordinary files (use -o - for "
        "the terminal). Nothing was changed."
    ),
    "export.target.device": (
        "{name}: it is a device, not a file; Kernpunt saves only to ordinary files (use -o - for "
        "the terminal). Nothing was changed."
    ),
    "article.pipe": (
        "Kernpunt cannot open “{name}”: it is a pipe, not a file with an article in it."
    ),
    "article.socket": (
        "Kernpunt cannot open “{name}”: it is a socket, not a file with an article in it."
    ),
    "article.device": (
        "Kernpunt cannot open “{name}”: it is a device, not a file with an article in it."
    ),
    "article.not_a_file": (
        "Kernpunt cannot open “{name}”: it is not an ordinary file with an article in it."
    ),
}
