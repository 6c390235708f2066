# ~/.zshrc
setopt autocd extendedglob hist_ignore_dups share_history
HISTFILE=~/.zsh_history
HISTSIZE=50000
SAVEHIST=50000
bindkey -e
autoload -Uz compinit && compinit
PROMPT='%F{cyan}%~%f %# '
source ~/.aliases 2>/dev/null
