set nocompatible
syntax on
filetype plugin indent on
set number relativenumber
set expandtab shiftwidth=4 tabstop=4
set incsearch hlsearch ignorecase smartcase
set undofile undodir=~/.vim/undo
nnoremap <leader>w :w<CR>
