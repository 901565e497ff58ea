"""Written by ``python -m kernpunt.ui.core_messages`` from kernpunt.core.messages and
the registries of formats and brief methods; do not edit. It shows lupdate every
core message and label, so the window can translate them.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    # article.binary
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not a text file: it holds binary data."),
    # article.damaged
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be read: it is damaged or not a real document."),
    # article.damaged.docx
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be read: it is damaged or not a real Word document."),
    # article.damaged.epub
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be read: it is damaged or not a real e-book."),
    # article.damaged.html
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be read: it is damaged or not a real web page."),
    # article.damaged.markdown
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be read: it is damaged or not a real Markdown file."),
    # article.damaged.odt
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be read: it is damaged or not a real OpenDocument text."),
    # article.damaged.pdf
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be read: it is damaged or not a real PDF."),
    # article.damaged.text
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be read: it is damaged or not a real text file."),
    # article.device
    QT_TRANSLATE_NOOP("CoreMessages", "Kernpunt cannot open “{name}”: it is a device, not a file with an article in it."),
    # article.empty
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is empty: there is nothing to read."),
    # article.encoding_unknown
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not a text file, or its text encoding is unknown."),
    # article.folder
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is a folder, not an article."),
    # article.gone
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” no longer exists."),
    # article.grew
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is too large to open."),
    # article.no_text
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” holds no text."),
    # article.not_a_file
    QT_TRANSLATE_NOOP("CoreMessages", "Kernpunt cannot open “{name}”: it is not an ordinary file with an article in it."),
    # article.only_page
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” holds no article text, only a page around it."),
    # article.pdf_no_text
    QT_TRANSLATE_NOOP("CoreMessages", "Kernpunt cannot read “{name}”: this PDF has no text layer (it may be a scan)."),
    # article.pdf_password
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is protected by a password; Kernpunt cannot open it."),
    # article.pipe
    QT_TRANSLATE_NOOP("CoreMessages", "Kernpunt cannot open “{name}”: it is a pipe, not a file with an article in it."),
    # article.refused
    QT_TRANSLATE_NOOP("CoreMessages", "Kernpunt is not allowed to read “{name}”."),
    # article.socket
    QT_TRANSLATE_NOOP("CoreMessages", "Kernpunt cannot open “{name}”: it is a socket, not a file with an article in it."),
    # article.stopped
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be read: reading it stopped unexpectedly."),
    # article.text_empty
    QT_TRANSLATE_NOOP("CoreMessages", "The text is empty: there is nothing to read."),
    # article.too_complex
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is too large or too complex to read."),
    # article.too_large
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is too large to open ({megabytes} MB; the limit is {limit} MB)."),
    # article.too_slow
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” took too long to read (more than {seconds} seconds); it may be damaged or unusually complex."),
    # article.unreadable
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be read: {reason}."),
    # article.unsupported
    QT_TRANSLATE_NOOP("CoreMessages", "Kernpunt cannot open “{name}”: it reads plain text and Markdown, web pages, Word (.docx), OpenDocument (.odt), EPUB and PDF files."),
    # brief.bad_length
    QT_TRANSLATE_NOOP("CoreMessages", "“{text}” is not a brief length: give a number of sentences (3) or a percentage of the article (20%)."),
    # brief.language
    QT_TRANSLATE_NOOP("CoreMessages", "Kernpunt briefs Dutch and English text, not “{language}”."),
    # brief.percent_range
    QT_TRANSLATE_NOOP("CoreMessages", "A brief's length in percent must be above 0 and at most 100."),
    # brief.sentences_range
    QT_TRANSLATE_NOOP("CoreMessages", "A brief has from 1 to {most} sentences."),
    # brief.unknown_method
    QT_TRANSLATE_NOOP("CoreMessages", "“{method}” is not a brief method; choose one of {known}."),
    # brief.untranslated
    QT_TRANSLATE_NOOP("CoreMessages", "The English brief needs the whole translation; {missing} of {total} sentences are not translated yet."),
    # cluster.cannot
    QT_TRANSLATE_NOOP("CoreMessages", "the cluster cannot do this batch: {problems}."),
    # cluster.no_cryptography
    QT_TRANSLATE_NOOP("CoreMessages", "a local cluster needs the cryptography package for its private certificate: install it with 'pip install \"kernpunt[cluster]\"'."),
    # cluster.no_dask
    QT_TRANSLATE_NOOP("CoreMessages", "a cluster needs Dask distributed: install it with 'pip install \"kernpunt[cluster]\"' (on this machine and every worker)."),
    # cluster.no_workers
    QT_TRANSLATE_NOOP("CoreMessages", "the cluster at {address} has no workers."),
    # cluster.plain_tcp
    QT_TRANSLATE_NOOP("CoreMessages", "{address} is plain TCP: anyone who can reach that scheduler can run programs on its workers and read the articles. Give a tls:// address with --tls-ca-file, --tls-cert and --tls-key, or pass --insecure on a network you trust."),
    # cluster.scheme
    QT_TRANSLATE_NOOP("CoreMessages", "use a tcp:// or tls:// scheduler address, not {address}."),
    # cluster.tls_file_missing
    QT_TRANSLATE_NOOP("CoreMessages", "the TLS file {path} does not exist or is not a file."),
    # cluster.tls_files
    QT_TRANSLATE_NOOP("CoreMessages", "{address} asks for TLS: give --tls-ca-file, --tls-cert and --tls-key (or set them in Dask's configuration)."),
    # cluster.unreachable
    QT_TRANSLATE_NOOP("CoreMessages", "could not reach the cluster at {address}: {reason}"),
    # download.broke_off
    QT_TRANSLATE_NOOP("CoreMessages", "The download of {name} broke off after {done} of {total} bytes. Try again."),
    # download.cannot_write
    QT_TRANSLATE_NOOP("CoreMessages", "Kernpunt cannot write the download to {folder}: {reason}."),
    # download.http
    QT_TRANSLATE_NOOP("CoreMessages", "The download of {name} failed: the server answered {code} {reason}."),
    # download.installed
    QT_TRANSLATE_NOOP("CoreMessages", "{source} → {target} is installed already (version {versions}); replace it to download version {version}."),
    # download.network
    QT_TRANSLATE_NOOP("CoreMessages", "Kernpunt could not download {name} ({reason}). Check the network connection and try again."),
    # download.no_address
    QT_TRANSLATE_NOOP("CoreMessages", "The index lists no download address for {name}."),
    # download.not_web
    QT_TRANSLATE_NOOP("CoreMessages", "The download address of {name} is not a web address: {link}"),
    # download.stalled
    QT_TRANSLATE_NOOP("CoreMessages", "The download of {name} stalled: the server sent nothing for {seconds} seconds. Try again later."),
    # download.too_large
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is too large to be an Argos model."),
    # encoding.byte_misfit
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not written in {encoding}: byte {position} does not fit it. Try another encoding."),
    # encoding.misfit
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not written in {encoding}. Try another encoding."),
    # encoding.unknown
    QT_TRANSLATE_NOOP("CoreMessages", "“{encoding}” is not a text encoding Kernpunt knows."),
    # encoding.unreadable
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” read as {encoding} gives no readable text."),
    # export.brief_untranslated
    QT_TRANSLATE_NOOP("CoreMessages", "The brief is not translated yet: translate the article to finish it, or export the translation."),
    # export.make_folder
    QT_TRANSLATE_NOOP("CoreMessages", "Could not make the folder {folder}: {reason}."),
    # export.no_brief
    QT_TRANSLATE_NOOP("CoreMessages", "There is no brief to export yet: translate the article first, or export the translation."),
    # export.no_folder
    QT_TRANSLATE_NOOP("CoreMessages", "Could not export: the folder {folder} does not exist."),
    # export.save.disk_full
    QT_TRANSLATE_NOOP("CoreMessages", "Could not save “{name}”: the disk is full. The previous file is unchanged."),
    # export.save.failed
    QT_TRANSLATE_NOOP("CoreMessages", "Could not save “{name}”: {reason}. Nothing was changed."),
    # export.save.folder_in_way
    QT_TRANSLATE_NOOP("CoreMessages", "Could not save “{name}”: a folder of that name is in the way. Nothing was changed."),
    # export.save.no_folder
    QT_TRANSLATE_NOOP("CoreMessages", "Could not save “{name}”: the folder {folder} does not exist. Nothing was changed."),
    # export.save.not_a_folder
    QT_TRANSLATE_NOOP("CoreMessages", "Could not save “{name}”: {folder} is not a folder. Nothing was changed."),
    # export.save.refused
    QT_TRANSLATE_NOOP("CoreMessages", "Could not save “{name}”: Kernpunt may not write to {folder}. Nothing was changed."),
    # export.target.dangling_link
    QT_TRANSLATE_NOOP("CoreMessages", "{name}: it is a link to a file that does not exist. Nothing was changed."),
    # export.target.device
    QT_TRANSLATE_NOOP("CoreMessages", "{name}: it is a device, not a file; Kernpunt saves only to ordinary files (use -o - for the terminal). Nothing was changed."),
    # export.target.is_source
    QT_TRANSLATE_NOOP("CoreMessages", "{name}: it is the article being translated, which Kernpunt never overwrites. Choose another name. Nothing was changed."),
    # export.target.not_a_file
    QT_TRANSLATE_NOOP("CoreMessages", "{name}: it is not a regular file; Kernpunt saves only to ordinary files (use -o - for the terminal). Nothing was changed."),
    # export.target.pipe
    QT_TRANSLATE_NOOP("CoreMessages", "{name}: it is a pipe, not a file; Kernpunt saves only to ordinary files (use -o - for the terminal). Nothing was changed."),
    # export.target.program_output
    QT_TRANSLATE_NOOP("CoreMessages", "{name}: it is a link to a program's output, not a file; Kernpunt saves only to ordinary files (use -o - for the terminal). Nothing was changed."),
    # export.target.socket
    QT_TRANSLATE_NOOP("CoreMessages", "{name}: it is a socket, not a file; Kernpunt saves only to ordinary files (use -o - for the terminal). Nothing was changed."),
    # export.unknown_content
    QT_TRANSLATE_NOOP("CoreMessages", "“{content}” is not something Kernpunt exports; choose one of {known}."),
    # export.unknown_format
    QT_TRANSLATE_NOOP("CoreMessages", "“{key}” is not a format Kernpunt exports; choose one of {known}."),
    # index.http
    QT_TRANSLATE_NOOP("CoreMessages", "Kernpunt could not reach the model index at {address}: the server answered {code} {reason}."),
    # index.invalid
    QT_TRANSLATE_NOOP("CoreMessages", "The model index at {address} is not a valid package index."),
    # index.network
    QT_TRANSLATE_NOOP("CoreMessages", "Kernpunt could not reach the model index at {address} ({reason}). Check the network connection, or install a model from a file."),
    # index.not_web
    QT_TRANSLATE_NOOP("CoreMessages", "The model index address must start with https:// or http://: {address}"),
    # index.too_large
    QT_TRANSLATE_NOOP("CoreMessages", "The model index at {address} is too large to be a package index."),
    # model.load
    QT_TRANSLATE_NOOP("CoreMessages", "The model “{name}” could not be loaded: {reason}"),
    # model.no_tokenizer
    QT_TRANSLATE_NOOP("CoreMessages", "The model “{name}” has no tokenizer."),
    # model.none
    QT_TRANSLATE_NOOP("CoreMessages", "no Dutch → English model is installed; install one with 'kernpunt models install FILE.argosmodel'."),
    # model.read
    QT_TRANSLATE_NOOP("CoreMessages", "The model “{name}” could not be read: {reason}."),
    # model.tokenizer
    QT_TRANSLATE_NOOP("CoreMessages", "The tokenizer of “{name}” could not be loaded: {reason}"),
    # models.not_installed
    QT_TRANSLATE_NOOP("CoreMessages", "no installed model is called “{code}”."),
    # models.not_offered
    QT_TRANSLATE_NOOP("CoreMessages", "the index offers no model “{code}”; run 'kernpunt models download' to list them."),
    # package.bad_languages
    QT_TRANSLATE_NOOP("CoreMessages", "“{folder}” names its languages in a way Kernpunt cannot use."),
    # package.compression
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not a valid Argos model (suspicious compression)."),
    # package.corrupt
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is damaged (a file inside it is corrupt); download or copy it again."),
    # package.disk_full
    QT_TRANSLATE_NOOP("CoreMessages", "There is not enough free disk space to install “{name}” ({megabytes} MB needed)."),
    # package.exists
    QT_TRANSLATE_NOOP("CoreMessages", "A model named “{name}” is installed already; replace it to install this one."),
    # package.exists_version
    QT_TRANSLATE_NOOP("CoreMessages", "A model named “{name}” (version {version}) is installed already; replace it to install this one."),
    # package.folders
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not an Argos model: it must hold exactly one folder."),
    # package.gone
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” no longer exists."),
    # package.install_failed
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be installed: {reason}."),
    # package.meta_damaged
    QT_TRANSLATE_NOOP("CoreMessages", "“{folder}” has a damaged {file}."),
    # package.meta_invalid
    QT_TRANSLATE_NOOP("CoreMessages", "“{folder}” has an invalid metadata.json."),
    # package.meta_too_deep
    QT_TRANSLATE_NOOP("CoreMessages", "“{folder}” has a {file} nested too deeply to be read."),
    # package.meta_too_large
    QT_TRANSLATE_NOOP("CoreMessages", "“{folder}” has a {file} too large to be package metadata."),
    # package.meta_unreadable
    QT_TRANSLATE_NOOP("CoreMessages", "“{folder}” has no readable {file}."),
    # package.missing_file
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not an Argos model: it has no {file}."),
    # package.no_languages
    QT_TRANSLATE_NOOP("CoreMessages", "“{folder}” does not say which languages it translates."),
    # package.no_tokenizer
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not an Argos model: it has no tokenizer."),
    # package.not_installed
    QT_TRANSLATE_NOOP("CoreMessages", "“{path}” is not an installed model."),
    # package.not_translation
    QT_TRANSLATE_NOOP("CoreMessages", "“{folder}” is not a translation model."),
    # package.not_zip
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is not an Argos model: it is not a zip archive."),
    # package.remove_failed
    QT_TRANSLATE_NOOP("CoreMessages", "The model “{name}” could not be removed: {reason}."),
    # package.too_large
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is too large to be an Argos model."),
    # package.too_many_files
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” has too many files to be an Argos model."),
    # package.unpack
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” cannot be unpacked: {reason}."),
    # package.unreadable
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” could not be read: {reason}."),
    # package.unsafe_file
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” contains an unsafe file name: {file}"),
    # package.unsafe_folder
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” contains an unsafe folder name: {folder}"),
)
EXPORT_FORMATS = (
    QT_TRANSLATE_NOOP("ExportFormats", "Markdown (.md)"),
    QT_TRANSLATE_NOOP("ExportFormats", "Plain text (.txt)"),
    QT_TRANSLATE_NOOP("ExportFormats", "Web page (.html)"),
    QT_TRANSLATE_NOOP("ExportFormats", "Word (.docx)"),
    QT_TRANSLATE_NOOP("ExportFormats", "OpenDocument text (.odt)"),
    QT_TRANSLATE_NOOP("ExportFormats", "PDF (.pdf)"),
    QT_TRANSLATE_NOOP("ExportFormats", "JSON for scripts (.json)"),
)
ARTICLE_FORMATS = (
    QT_TRANSLATE_NOOP("ArticleFormats", "Text file"),
    QT_TRANSLATE_NOOP("ArticleFormats", "Markdown file"),
    QT_TRANSLATE_NOOP("ArticleFormats", "Web page"),
    QT_TRANSLATE_NOOP("ArticleFormats", "Word document"),
    QT_TRANSLATE_NOOP("ArticleFormats", "OpenDocument text"),
    QT_TRANSLATE_NOOP("ArticleFormats", "E-book"),
    QT_TRANSLATE_NOOP("ArticleFormats", "PDF"),
)
BRIEF_METHODS = (
    QT_TRANSLATE_NOOP("BriefMethods", "LexRank"),
    QT_TRANSLATE_NOOP("BriefMethods", "LSA"),
    QT_TRANSLATE_NOOP("BriefMethods", "TextRank"),
    QT_TRANSLATE_NOOP("BriefMethods", "Luhn"),
    QT_TRANSLATE_NOOP("BriefMethods", "Edmundson (news lead)"),
    QT_TRANSLATE_NOOP("BriefMethods", "KL-Sum"),
    QT_TRANSLATE_NOOP("BriefMethods", "SumBasic"),
    QT_TRANSLATE_NOOP("BriefMethods", "Reduction"),
)
