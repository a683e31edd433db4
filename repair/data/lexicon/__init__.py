"""Word lexicons (word alignment both ways) and English bigram and casing counts for fixing
stray words, built by scripts/build_lexicon.py from ../shared/data/train: Tatoeba (CC-BY 2.0 France,
tatoeba.org, manythings.org/anki), Europarl v7 (Koehn 2005), WMT news test sets 2008-2011 and
News Commentary v8 (WMT shared tasks, research use). ``fr-en.wiktionary.tsv.gz``: the French
Wiktionary's translation tables (dump 2014-06-12, https://fr.wiktionary.org, its contributors;
CC BY-SA 3.0, the file keeps that licence), as extracted by
https://github.com/pquentin/wiktionary-translations, built by scripts/build_dictionary.py.
A package so that installs ship the files.
"""
